import { sandboxPreset } from '@liqlab/content/sandbox/presets';
import { LazyWidget } from './lazy-widget';

/** Server part: resolves the preset by id; the client replays it with the engine. */
export function PositionReplay({ preset }: { preset: string }) {
  const found = sandboxPreset(preset);
  if (!found) throw new Error(`<PositionReplay preset="${preset}">: no such sandbox preset`);
  return <LazyWidget name="PositionReplayPlayer" props={{ preset: found }} />;
}
