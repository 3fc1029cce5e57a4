import { sandboxPreset } from '@liqlab/content/sandbox/presets';
import Link from 'next/link';
import type { ReactNode } from 'react';

/** Opens the sandbox with a lesson's prepared scenario. */
export function SandboxLink({ preset, children }: { preset: string; children: ReactNode }) {
  if (!sandboxPreset(preset)) throw new Error(`<SandboxLink preset="${preset}">: no such sandbox preset`);
  return (
    <Link
      href={`/sandbox?preset=${encodeURIComponent(preset)}`}
      className="font-normal text-safe underline decoration-2 underline-offset-2"
    >
      {children}
    </Link>
  );
}
