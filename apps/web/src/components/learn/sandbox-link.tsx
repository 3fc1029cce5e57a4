import { sandboxPreset } from '@liqlab/content/sandbox/presets';
import type { ReactNode } from 'react';
import { AppLink } from '~/components/ui/app-link';

/** Opens the sandbox with a lesson's prepared scenario. */
export function SandboxLink({ preset, children }: { preset: string; children: ReactNode }) {
  if (!sandboxPreset(preset)) throw new Error(`<SandboxLink preset="${preset}">: no such sandbox preset`);
  return (
    <AppLink
      href={`/sandbox?preset=${encodeURIComponent(preset)}`}
      className="font-normal text-safe underline decoration-2 underline-offset-2"
    >
      {children}
    </AppLink>
  );
}
