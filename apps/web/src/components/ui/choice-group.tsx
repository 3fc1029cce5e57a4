'use client';

import { useId } from 'react';
import { radioGroupEdit, useEditBeforeHydration } from './use-edit-before-hydration';

export interface ChoiceGroupProps<T extends string> {
  legend: string;
  value: T;
  options: readonly { value: T; label: string; disabled?: boolean }[];
  onChange: (value: T) => void;
  className?: string;
}

/** A segmented radio group: native radios (arrow keys move between options), styled as buttons. */
export function ChoiceGroup<T extends string>({
  legend,
  value,
  options,
  onChange,
  className,
}: ChoiceGroupProps<T>) {
  const name = useId();
  const group = useEditBeforeHydration<HTMLFieldSetElement, T>(onChange, (shown) => {
    const edit = radioGroupEdit(shown);
    return edit !== value ? (edit as T | null) : null;
  });
  return (
    <fieldset ref={group} className={className}>
      <legend className="text-xs font-normal text-slate-700 dark:text-slate-300">{legend}</legend>
      <div className="mt-1 flex rounded-md border border-slate-300 p-0.5 dark:border-slate-700">
        {options.map((option) => (
          <label
            key={option.value}
            className={`flex-1 cursor-pointer rounded px-2 py-1 text-center text-sm has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-caution-ink ${
              option.value === value
                ? 'bg-slate-900 font-semibold text-white dark:bg-slate-100 dark:text-slate-900'
                : ''
            } ${option.disabled ? 'cursor-not-allowed opacity-50' : ''}`}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              disabled={option.disabled}
              onChange={() => onChange(option.value)}
              className="sr-only"
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
