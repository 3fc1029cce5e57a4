import Link from 'next/link';
import { AccountMenu } from './account-menu';

const NAV = [
  { href: '/learn', label: 'Learn' },
  { href: '/glossary', label: 'Glossary' },
  { href: '/sandbox', label: 'Sandbox' },
  { href: '/gallery', label: 'Gallery' },
  { href: '/dashboard', label: 'My progress' },
] as const;

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white/90 dark:border-slate-800 dark:bg-slate-950/90">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
      >
        Skip to content
      </a>
      <nav
        aria-label="Main"
        className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3"
      >
        <Link href="/" className="font-bold tracking-tight">
          Liquidation Lab
        </Link>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {NAV.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="rounded px-1 py-0.5 hover:underline">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
        {/* As tall as the menu once the session is known, so its arrival does not shift the page. */}
        <div className="ml-auto flex min-h-7 items-center">
          <AccountMenu />
        </div>
      </nav>
    </header>
  );
}
