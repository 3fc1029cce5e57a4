import { sandboxPreset } from '@liqlab/content/sandbox/presets';
import { LazyWidget } from './lazy-widget';

/** Server part: resolves the preset and its 10×/20× sibling, so the client never loads the preset list. */
export function MarkVsLastChart({ preset }: { preset: string }) {
  const main = sandboxPreset(preset);
  if (!main) throw new Error(`<MarkVsLastChart preset="${preset}">: no such sandbox preset`);
  const siblingId = preset.endsWith('-20x')
    ? preset.replace(/-20x$/, '-10x')
    : preset.endsWith('-10x')
      ? preset.replace(/-10x$/, '-20x')
      : undefined;
  const sibling = siblingId ? sandboxPreset(siblingId) : undefined;
  return <LazyWidget name="MarkVsLastPlayer" props={{ presets: sibling ? [main, sibling] : [main] }} />;
}
