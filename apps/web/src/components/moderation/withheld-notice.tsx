import { AppLink } from '~/components/ui/app-link';
import type { WithheldBy } from '~/server/moderation-refusal';

/**
 * What a visitor sees at the link of a scenario moderation withholds: which it is (in review, or
 * hidden), in the API's words, and ways on. Nothing of the scenario itself, not even its title.
 */
export function WithheldNotice({ code, message }: { code: WithheldBy; message: string }) {
  return (
    <main className="mx-auto flex max-w-2xl flex-col gap-4 px-4 py-12" data-testid="withheld-notice">
      <h1 className="text-2xl font-semibold tracking-tight">
        {code === 'HIDDEN_BY_MODERATION' ? 'Hidden by moderation' : 'Under review'}
      </h1>
      <p>{message}</p>
      <p className="flex flex-wrap gap-4 text-sm">
        <AppLink className="underline" href="/gallery">
          Browse the gallery
        </AppLink>
        <AppLink className="underline" href="/sandbox">
          Open the sandbox
        </AppLink>
      </p>
    </main>
  );
}
