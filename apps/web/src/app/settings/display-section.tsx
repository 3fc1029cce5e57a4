'use client';

import { CURRENCY_DIGIT_CHOICES } from '@liqlab/core/display-precision';
import { useEffect, useId, useState } from 'react';
import { useDisplayPrecision } from '~/lib/display-precision';
import { applyTheme, isTheme, THEME_STORAGE_KEY, THEMES, type Theme } from '~/lib/theme-preference';
import { useNumberFormat } from '~/lib/use-number-format';

const THEME_LABELS: Record<Theme, string> = { system: 'Same as this device', light: 'Light', dark: 'Dark' };

function storedTheme(): Theme {
  try {
    const stored = window.localStorage.getItem(THEME_STORAGE_KEY);
    return isTheme(stored) ? stored : 'system';
  } catch {
    return 'system';
  }
}

/** Preferences kept on this device (localStorage): nothing here reaches the server. */
export function DisplaySection() {
  // Null until this device's stored choices are read, after hydration: until then the controls are
  // disabled, as a choice made in them would be reset when React takes the page over.
  const [theme, setTheme] = useState<Theme | null>(null);
  const { precision, setCurrencyDigits } = useDisplayPrecision();
  const { formatDecimal: format } = useNumberFormat();
  const precisionId = useId();

  useEffect(() => setTheme(storedTheme()), []);

  // Under "system", follow the device when it switches between light and dark.
  useEffect(() => {
    if (theme !== 'system') return;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = () => applyTheme('system');
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [theme]);

  function chooseTheme(next: Theme) {
    window.localStorage.setItem(THEME_STORAGE_KEY, next);
    applyTheme(next);
    setTheme(next);
  }

  return (
    <section aria-labelledby="display-heading" className="space-y-6">
      <h2 id="display-heading" className="text-xl font-semibold">
        Display
      </h2>
      <fieldset className="space-y-2">
        <legend className="mb-1 font-normal">Theme</legend>
        {THEMES.map((option) => (
          <label key={option} className="flex items-center gap-2">
            <input
              type="radio"
              name="theme"
              value={option}
              checked={theme === option}
              disabled={theme === null}
              onChange={() => chooseTheme(option)}
            />
            {THEME_LABELS[option]}
          </label>
        ))}
      </fieldset>
      <div className="space-y-1">
        <label htmlFor={precisionId} className="block font-normal">
          Decimal places for amounts
        </label>
        <select
          id={precisionId}
          value={precision.currencyDigits}
          disabled={theme === null}
          onChange={(event) => setCurrencyDigits(Number(event.target.value))}
          className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
        >
          {CURRENCY_DIGIT_CHOICES.map((digits) => (
            <option key={digits} value={digits}>
              {digits}
            </option>
          ))}
        </select>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Example: <span data-testid="precision-example">{format('12345.678912', { unit: 'USDT' })}</span>.
          Figures that need more places (prices of small coins, BTC amounts) keep them.
        </p>
      </div>
    </section>
  );
}
