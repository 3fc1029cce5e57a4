import { ensureSession } from '~/auth/auth-client';
import { createBrowserTrpcClient } from '~/trpc/browser-client';
import { newClientKey } from './saved-scenario';

/** Copies a shared scenario into the reader's own (creating a guest session if needed); the copy's slug. */
export async function forkScenario(idOrSlug: string): Promise<string> {
  await ensureSession();
  const copy = await createBrowserTrpcClient().scenario.fork.mutate({ idOrSlug, clientKey: newClientKey() });
  return copy.slug;
}
