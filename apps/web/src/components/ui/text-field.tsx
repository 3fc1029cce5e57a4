'use client';

import { useId } from 'react';
import { FieldError, FieldHint } from './field-messages';
import { textEdit, useEditBeforeHydration } from './use-edit-before-hydration';

export interface TextFieldProps {
  label: string;
  value: string;
  /** Left out for a read-only field (a link to copy): it selects its whole value on focus instead. */
  onChange?: (value: string) => void;
  /** Several lines: a text area this many rows high. */
  rows?: number;
  maxLength?: number;
  /** Code or a link (JSON, an address): monospace, smaller, and not spell-checked. */
  code?: boolean;
  /** Focus the field when it appears, because the reader just asked for it (e.g. "Rename"). */
  autoFocus?: boolean;
  hint?: string;
  /** Why the value cannot be used, shown under the field and announced. */
  error?: string | null;
  className?: string;
  /** On the input itself, for tests that read its value. */
  testId?: string;
}

/**
 * A labelled text input, or a text area with `rows`: the same label, border, focus and error look as
 * DecimalField and SelectField, so every form on the site reads as one.
 */
export function TextField({
  label,
  value,
  onChange,
  rows,
  maxLength,
  code = false,
  autoFocus,
  hint,
  error,
  className,
  testId,
}: TextFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  const readOnly = onChange === undefined;
  const field = useEditBeforeHydration<HTMLInputElement & HTMLTextAreaElement, string>(onChange, (shown) => {
    const edit = textEdit(shown);
    return edit !== value ? edit : null;
  });
  const shared = {
    ref: field,
    id,
    value,
    maxLength,
    readOnly,
    autoFocus,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    'data-testid': testId,
    ...(code ? { spellCheck: false } : {}),
    className: `mt-1 w-full min-w-0 rounded-md border px-2 py-1.5 ${code ? 'font-mono text-xs' : 'text-sm'} ${
      readOnly ? 'bg-slate-50' : 'bg-white'
    } dark:bg-slate-900 ${error ? 'border-danger' : 'border-slate-300 dark:border-slate-700'}`,
  };
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-xs font-normal text-slate-700 dark:text-slate-300">
        {label}
      </label>
      {rows ? (
        <textarea
          {...shared}
          rows={rows}
          onChange={onChange ? (event) => onChange(event.target.value) : undefined}
          onFocus={readOnly ? (event) => event.currentTarget.select() : undefined}
        />
      ) : (
        <input
          {...shared}
          type="text"
          onChange={onChange ? (event) => onChange(event.target.value) : undefined}
          onFocus={readOnly ? (event) => event.currentTarget.select() : undefined}
        />
      )}
      <FieldHint id={hintId}>{hint}</FieldHint>
      <FieldError id={errorId}>{error}</FieldError>
    </div>
  );
}
