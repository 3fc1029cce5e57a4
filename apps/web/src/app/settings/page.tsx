import type { Metadata } from 'next';
import { pageMetadata } from '~/lib/page-metadata';
import { AccountDataSection } from './account-data-section';
import { DisplaySection } from './display-section';

export const metadata: Metadata = pageMetadata({
  title: 'Settings',
  description: 'Theme, number display, and your data: export it or delete your account.',
  path: '/settings',
});

export default function SettingsPage() {
  return (
    <main className="mx-auto max-w-2xl space-y-10 px-6 py-12">
      <h1 className="text-3xl font-semibold">Settings</h1>
      <DisplaySection />
      <AccountDataSection />
    </main>
  );
}
