import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '~/components/shell/site-footer';
import { SiteHeader } from '~/components/shell/site-header';
import { TRPCReactProvider } from '~/trpc/react';
import { DatabaseStatus } from './database-status';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Liquidation Lab', template: '%s · Liquidation Lab' },
  description:
    'Learn what forced liquidation is, why leveraged positions get liquidated, and how to avoid it — with an exact, exchange-grade simulator.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <TRPCReactProvider>
          <SiteHeader />
          <div id="main" className="flex-1">
            {children}
          </div>
          <SiteFooter>
            <p>
              <DatabaseStatus />
            </p>
          </SiteFooter>
        </TRPCReactProvider>
      </body>
    </html>
  );
}
