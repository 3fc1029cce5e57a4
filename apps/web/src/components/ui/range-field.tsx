'use client';

import { useId } from 'react';
import { sliderEdit, useEditBeforeHydration } from './use-edit-before-hydration';

export interface RangeFieldProps {
  label: string;
  /** The current value as the decimal string the engine receives. */
  value: string;
  min: number;
  max: number;
  step: number;
  onChange: (value: string) => void;
  /** Readable current value for the label and assistive tech (aria-valuetext). */
  valueText: string;
  className?: string;
}

/**
 * A slider whose position is only a way to pick a value: the picked number is rounded to the step's
 * decimals and handed on as a string, so the engine still parses an exact decimal.
 */
export function RangeField({
  label,
  value,
  min,
  max,
  step,
  onChange,
  valueText,
  className,
}: RangeFieldProps) {
  const id = useId();
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const numeric = Number(value);
  const position = Number.isFinite(numeric) ? Math.min(max, Math.max(min, numeric)) : min;
  const slider = useEditBeforeHydration<HTMLInputElement, string>(onChange, (shown) => {
    const edit = sliderEdit(shown);
    return edit === null ? null : Number(edit).toFixed(decimals);
  });
  return (
    <div className={className}>
      <label
        htmlFor={id}
        className="flex justify-between text-xs font-normal text-slate-700 dark:text-slate-300"
      >
        <span>{label}</span>
        <span className="tabular-nums">{valueText}</span>
      </label>
      <input
        ref={slider}
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={position}
        aria-valuetext={valueText}
        onChange={(event) => onChange(Number(event.target.value).toFixed(decimals))}
        className="mt-1 w-full accent-safe"
      />
    </div>
  );
}
