'use client';

import { ErrorNotice } from '~/components/shell/error-notice';
import './globals.css';

/** Replaces the root layout when the layout itself fails: its own document, no header or providers. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="bg-white font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <title>Something went wrong · Liquidation Lab</title>
        <ErrorNotice error={error} retry={retry} />
      </body>
    </html>
  );
}
