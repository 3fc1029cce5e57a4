import type { Metadata } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { SiteFooter } from '~/components/shell/site-footer';
import { SiteHeader } from '~/components/shell/site-header';
import { requestEnv } from '~/env';
import { DisplayPrecisionProvider } from '~/lib/display-precision';
import { siteMetadata } from '~/lib/page-metadata';
import { THEME_BOOT_SCRIPT } from '~/lib/theme-preference';
import { DatabaseStatus } from './database-status';
import './globals.css';

// Read at request time, so one build serves any public origin.
export function generateMetadata(): Metadata {
  return siteMetadata(requestEnv().LIQLAB_PUBLIC_URL);
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The CSP nonce proxy.ts made for this request (reading it also makes every page render per
  // request, which nonces require). The request id lets an error page show what the log shows.
  const requestHeaders = await headers();
  const nonce = requestHeaders.get('x-nonce') ?? undefined;
  const requestId = requestHeaders.get('x-request-id') ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {requestId && <meta name="liqlab-request-id" content={requestId} />}
        {/* A constant script, allowed by the nonce, that sets the theme before the first paint. */}
        <script
          nonce={nonce}
          dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }}
          suppressHydrationWarning
        />
      </head>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        {/* No tRPC provider here: the routes that call the API have their own (WithTrpcLayout). */}
        <DisplayPrecisionProvider>
          <SiteHeader />
          <div id="main" className="flex-1">
            {children}
          </div>
          <SiteFooter>
            <p>
              <DatabaseStatus />
            </p>
          </SiteFooter>
        </DisplayPrecisionProvider>
      </body>
    </html>
  );
}
