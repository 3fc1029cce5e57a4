'use client';

import { useId } from 'react';
import { checkboxEdit, useEditBeforeHydration } from './use-edit-before-hydration';

/** A labelled checkbox for an on/off setting. */
export function ToggleField({
  label,
  checked,
  onChange,
  className,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  className?: string;
}) {
  const id = useId();
  const box = useEditBeforeHydration<HTMLInputElement, boolean>(onChange, (shown) => {
    const edit = checkboxEdit(shown);
    return edit !== checked ? edit : null;
  });
  return (
    <div className={`flex items-center gap-2 ${className ?? ''}`}>
      <input
        ref={box}
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        className="h-4 w-4 accent-safe"
      />
      <label htmlFor={id} className="text-sm">
        {label}
      </label>
    </div>
  );
}
