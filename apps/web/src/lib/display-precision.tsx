'use client';

import {
  CURRENCY_DIGIT_CHOICES,
  DEFAULT_CURRENCY_DIGITS,
  type DisplayPrecision,
} from '@liqlab/core/display-precision';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';

export const PRECISION_STORAGE_KEY = 'liqlab-currency-digits';

const CHANGE_EVENT = 'liqlab:precision-change';

function readStoredDigits(): number {
  try {
    const raw = window.localStorage.getItem(PRECISION_STORAGE_KEY);
    const digits = raw === null ? Number.NaN : Number(raw);
    return (CURRENCY_DIGIT_CHOICES as readonly number[]).includes(digits) ? digits : DEFAULT_CURRENCY_DIGITS;
  } catch {
    return DEFAULT_CURRENCY_DIGITS;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

interface PrecisionContextValue {
  precision: DisplayPrecision;
  setCurrencyDigits: (digits: number) => void;
}

const PrecisionContext = createContext<PrecisionContextValue>({
  precision: { currencyDigits: DEFAULT_CURRENCY_DIGITS },
  setCurrencyDigits: () => {},
});

/**
 * The reader's display precision, kept in localStorage (this device only). The server renders the
 * default and the browser switches after hydration, so the two never disagree mid-hydration.
 */
export function DisplayPrecisionProvider({ children }: { children: ReactNode }) {
  const currencyDigits = useSyncExternalStore(subscribe, readStoredDigits, () => DEFAULT_CURRENCY_DIGITS);
  const setCurrencyDigits = useCallback((digits: number) => {
    window.localStorage.setItem(PRECISION_STORAGE_KEY, String(digits));
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }, []);
  const value = useMemo(
    () => ({ precision: { currencyDigits }, setCurrencyDigits }),
    [currencyDigits, setCurrencyDigits],
  );
  return <PrecisionContext.Provider value={value}>{children}</PrecisionContext.Provider>;
}

export function useDisplayPrecision(): PrecisionContextValue {
  return useContext(PrecisionContext);
}
