'use client';

import { useId } from 'react';
import { selectEdit, useEditBeforeHydration } from './use-edit-before-hydration';

export interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  className?: string;
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  className,
}: SelectFieldProps<T>) {
  const id = useId();
  const select = useEditBeforeHydration<HTMLSelectElement, T>(onChange, (shown) => {
    const edit = selectEdit(shown);
    return edit !== null && edit !== value ? (edit as T) : null;
  });
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-xs font-normal text-slate-700 dark:text-slate-300">
        {label}
      </label>
      <select
        ref={select}
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value as T)}
        className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
