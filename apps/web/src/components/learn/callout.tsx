import type { ReactNode } from 'react';
import { CalloutIcon } from './callout-icon';

export type CalloutKind = 'tip' | 'warning' | 'note' | 'example';

// Colour is never the only signal (colour-blind readers): each kind also has its own icon and label.
const KINDS: Record<CalloutKind, { label: string; className: string }> = {
  tip: { label: 'Tip', className: 'border-safe bg-safe/5' },
  warning: { label: 'Warning', className: 'border-danger bg-danger/5' },
  note: { label: 'Note', className: 'border-slate-400 bg-slate-100/60 dark:bg-slate-800/40' },
  example: { label: 'Worked example', className: 'border-caution bg-caution/5' },
};

export function Callout({ kind, children }: { kind: CalloutKind; children: ReactNode }) {
  // MDX is not type-checked: an unknown kind reads as a note rather than breaking the lesson.
  const known: CalloutKind = kind in KINDS ? kind : 'note';
  const style = KINDS[known];
  return (
    <aside aria-label={style.label} className={`my-6 rounded-r-lg border-l-4 px-4 py-3 ${style.className}`}>
      <p className="mb-1 flex items-center gap-2 text-sm font-semibold">
        <CalloutIcon kind={known} />
        {style.label}
      </p>
      <div className="[&>p:last-child]:mb-0 [&>p]:mb-2">{children}</div>
    </aside>
  );
}
