import { publicInlineCheck } from '@liqlab/content/checks/inline-check-schema';
import { inlineCheckById } from '@liqlab/content/checks/inline-checks';
import { InlineCheckForm } from './inline-check-form';

/**
 * "Check as you go": a short question inside a lesson section. Rendered on the server with only what
 * may be seen before answering (no correct option, no number, no why); the form grades through the API.
 */
export function InlineCheck({ id }: { id: string }) {
  const check = inlineCheckById(id);
  if (!check) throw new Error(`<InlineCheck id="${id}">: no such check`);
  return <InlineCheckForm check={publicInlineCheck(check)} />;
}
