'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { AppLink } from '~/components/ui/app-link';
import { HoldingButton } from '~/components/ui/holding-button';
import { AccountMenu } from './account-menu';
import { SITE_NAV } from './site-nav';

/** The header's Menu below `lg`: the sections and the account's links, as a disclosure under the bar. */
export function SiteMenu() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const pathname = usePathname();

  // A followed link closes it (the page changes under it).
  const [openedOn, setOpenedOn] = useState(pathname);
  if (openedOn !== pathname) {
    setOpenedOn(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div ref={root} className="lg:hidden">
      {/* Tapped before the page's scripts ran, it opens once they have. */}
      <HoldingButton
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        className="flex items-center gap-1.5 rounded-md border border-slate-300 px-2.5 py-1 text-sm font-normal dark:border-slate-600"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          className="h-4 w-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.75"
        >
          {open ? <path d="M3 3l10 10M13 3L3 13" /> : <path d="M2 4h12M2 8h12M2 12h12" />}
        </svg>
        Menu
      </HoldingButton>
      {open ? (
        <div
          id={panelId}
          className="absolute inset-x-0 top-full z-30 border-b border-slate-200 bg-white px-4 pb-4 pt-2 shadow-lg dark:border-slate-800 dark:bg-slate-950"
        >
          <ul className="flex flex-col text-base">
            {SITE_NAV.map((item) => (
              <li key={item.href}>
                <AppLink
                  href={item.href}
                  aria-current={pathname === item.href ? 'page' : undefined}
                  className="block rounded px-1 py-2 hover:underline aria-[current=page]:font-semibold"
                >
                  {item.label}
                </AppLink>
              </li>
            ))}
          </ul>
          <div className="mt-2 border-t border-slate-200 pt-3 dark:border-slate-800">
            <AccountMenu placement="menu" />
          </div>
        </div>
      ) : null}
    </div>
  );
}
