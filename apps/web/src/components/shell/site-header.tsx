import { AppLink } from '~/components/ui/app-link';
import { AccountMenu } from './account-menu';
import { SiteMenu } from './site-menu';
import { SITE_NAV } from './site-nav';

/**
 * One row at every width: on wide screens the sections are inline; below `lg` (phones, narrow
 * tablets) they, and the account's less urgent links, move into the Menu.
 */
export function SiteHeader() {
  return (
    <header className="relative border-b border-slate-200 bg-white/90 dark:border-slate-800 dark:bg-slate-950/90">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2 focus:text-slate-900 dark:focus:bg-slate-900 dark:focus:text-slate-100"
      >
        Skip to content
      </a>
      <nav aria-label="Main" className="mx-auto flex max-w-6xl items-center gap-x-6 px-4 py-3">
        <AppLink href="/" className="shrink-0 font-semibold tracking-tight">
          Liquidation Lab
        </AppLink>
        <ul className="hidden gap-x-4 text-sm lg:flex">
          {SITE_NAV.map((item) => (
            <li key={item.href}>
              <AppLink href={item.href} className="rounded px-1 py-0.5 hover:underline">
                {item.label}
              </AppLink>
            </li>
          ))}
        </ul>
        {/* As tall as the menu once the session is known, so its arrival does not shift the page. */}
        <div className="ml-auto flex min-h-7 items-center gap-3">
          <AccountMenu placement="bar" />
          <SiteMenu />
        </div>
      </nav>
    </header>
  );
}
