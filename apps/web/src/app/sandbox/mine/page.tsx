import type { Metadata } from 'next';
import { MyScenarios } from '~/components/sandbox/my-scenarios';

export const metadata: Metadata = { title: 'My scenarios' };

export default function MyScenariosPage() {
  return (
    <main className="mx-auto flex max-w-4xl flex-col gap-4 px-4 py-6">
      <h1 className="text-2xl font-bold tracking-tight">My scenarios</h1>
      <MyScenarios />
    </main>
  );
}
