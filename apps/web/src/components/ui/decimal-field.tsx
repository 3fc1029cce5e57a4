'use client';

import { useId } from 'react';
import { FieldError, FieldHint } from './field-messages';
import { textEdit, useEditBeforeHydration } from './use-edit-before-hydration';

export interface DecimalFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Unit shown after the input (USDT, BTC, ×, %). */
  unit?: string;
  /** The engine's message for this field, shown under it and announced. */
  error?: string;
  /** A value the engine accepts but that probably does not do what was meant (shown when there is no error). */
  warning?: string;
  hint?: string;
  className?: string;
}

/**
 * A labelled text input for a decimal. The value stays the string the learner typed; the engine parses
 * it (toDecimal) so "0.1" is exactly 0.1 and a typo comes back as a message next to this field.
 */
export function DecimalField({
  label,
  value,
  onChange,
  unit,
  error,
  warning,
  hint,
  className,
}: DecimalFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const warningId = `${id}-warning`;
  const hintId = `${id}-hint`;
  const input = useEditBeforeHydration<HTMLInputElement, string>(onChange, (shown) => {
    const edit = textEdit(shown);
    return edit !== value ? edit : null;
  });
  const shownWarning = error ? undefined : warning;
  const describedBy =
    [error ? errorId : null, shownWarning ? warningId : null, hint ? hintId : null]
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-xs font-normal text-slate-700 dark:text-slate-300">
        {label}
      </label>
      <div className="mt-1 flex items-center gap-1">
        <input
          ref={input}
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={`w-full min-w-0 rounded-md border bg-white px-2 py-1.5 text-sm tabular-nums dark:bg-slate-900 ${
            error
              ? 'border-danger'
              : shownWarning
                ? 'border-caution'
                : 'border-slate-300 dark:border-slate-700'
          }`}
        />
        {unit ? <span className="shrink-0 text-xs text-slate-600 dark:text-slate-400">{unit}</span> : null}
      </div>
      <FieldHint id={hintId}>{hint}</FieldHint>
      <FieldError id={errorId}>{error}</FieldError>
      {shownWarning ? (
        <p id={warningId} role="status" className="mt-1 text-xs font-normal text-caution-ink">
          <span aria-hidden="true">⚠ </span>
          {shownWarning}
        </p>
      ) : null}
    </div>
  );
}
