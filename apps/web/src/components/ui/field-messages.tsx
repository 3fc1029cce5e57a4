import type { ReactNode } from 'react';

/** A field's hint under it, named by the field's `aria-describedby`; nothing without text. */
export function FieldHint({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={id} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
      {children}
    </p>
  );
}

/** A field's error under it, announced as it appears and named by `aria-describedby`; nothing without one. */
export function FieldError({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={id} role="alert" className="mt-1 text-xs font-normal text-danger">
      {children}
    </p>
  );
}
