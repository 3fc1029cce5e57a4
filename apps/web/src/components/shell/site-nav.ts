/** The site's sections, in the header's order (inline on wide screens, in the menu on phones). */
export const SITE_NAV = [
  { href: '/learn', label: 'Learn' },
  { href: '/glossary', label: 'Glossary' },
  { href: '/sandbox', label: 'Sandbox' },
  { href: '/sandbox/mine', label: 'My scenarios' },
  { href: '/gallery', label: 'Gallery' },
  { href: '/dashboard', label: 'My progress' },
] as const;
