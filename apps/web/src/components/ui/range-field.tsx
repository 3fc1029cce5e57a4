'use client';

import { useId } from 'react';
import { useEditBeforeHydration } from './use-edit-before-hydration';

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
    // The served position as the browser snaps it to the slider's steps, to tell a move from a snap.
    const served = document.createElement('input');
    Object.assign(served, { type: 'range', min: shown.min, max: shown.max, step: shown.step });
    served.value = shown.defaultValue;
    return shown.value !== served.value ? Number(shown.value).toFixed(decimals) : null;
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
