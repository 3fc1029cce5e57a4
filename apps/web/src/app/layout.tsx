import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { LinkIntentPrefetch } from '~/components/shell/link-intent-prefetch';
import { SiteFooter } from '~/components/shell/site-footer';
import { SiteHeader } from '~/components/shell/site-header';
import { DeferredHydration } from '~/components/ui/deferred-hydration';
import { requestEnv } from '~/env';
import { HOLD_EARLY_ACTION_SCRIPT } from '~/lib/hold-early-action';
import { siteMetadata } from '~/lib/page-metadata';
import { START_SCRIPTS_AFTER_FIRST_PAINT } from '~/lib/scripts-after-first-paint';
import { THEME_BOOT_SCRIPT } from '~/lib/theme-preference';
import { DatabaseStatus } from './database-status';
import './globals.css';

// Read at request time, so one build serves any public origin.
export function generateMetadata(): Metadata {
  return siteMetadata(requestEnv().LIQLAB_PUBLIC_URL);
}

// Reads nothing from the request, so pages that need nothing else (lessons, home) are prerendered at
// build time; pages rendered per request add their request id with <RequestIdMeta />.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* A constant script that sets the theme before the first paint; the CSP allows it by hash. */}
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
        {/* Holds a form sent or a button tapped before the scripts run (see the script); by hash too. */}
        <script dangerouslySetInnerHTML={{ __html: HOLD_EARLY_ACTION_SCRIPT }} />
        {/* Starts the page's scripts, served inert, after the first paint (see the script); by hash. */}
        <script dangerouslySetInnerHTML={{ __html: START_SCRIPTS_AFTER_FIRST_PAINT }} />
      </head>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        {/* No tRPC provider here: the routes that call the API have their own (WithTrpcLayout). */}
        {/* Each part hydrates in slices after the page's first task (DeferredHydration). Nothing above
            them holds state that changes as the page starts (display-precision.tsx says why). */}
        <DeferredHydration>
          <SiteHeader />
        </DeferredHydration>
        <div id="main" className="flex-1">
          <DeferredHydration>{children}</DeferredHydration>
        </div>
        <DeferredHydration>
          <SiteFooter>
            <p>
              <DatabaseStatus />
            </p>
          </SiteFooter>
        </DeferredHydration>
        <LinkIntentPrefetch />
      </body>
    </html>
  );
}
