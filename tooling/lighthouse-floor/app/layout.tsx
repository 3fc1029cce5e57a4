import type { ReactNode } from 'react';

export const metadata = {
  title: 'Framework floor',
  description: 'A bare static Next.js page: the baseline the Lighthouse budgets are judged against.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
