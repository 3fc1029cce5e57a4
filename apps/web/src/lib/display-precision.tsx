'use client';

import {
  CURRENCY_DIGIT_CHOICES,
  DEFAULT_CURRENCY_DIGITS,
  type DisplayPrecision,
} from '@liqlab/core/display-precision';
import { useMemo, useSyncExternalStore } from 'react';

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

interface ReaderPrecision {
  precision: DisplayPrecision;
  setCurrencyDigits: (digits: number) => void;
}

function setCurrencyDigits(digits: number): void {
  window.localStorage.setItem(PRECISION_STORAGE_KEY, String(digits));
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/**
 * The reader's display precision, kept in localStorage (this device only). The server renders the
 * default and the browser switches after hydration, so the two never disagree mid-hydration.
 *
 * Each component reads the store itself, with no provider above the page: a provider's value that
 * changed right after hydration re-rendered the whole page under it while the page's own parts
 * (DeferredHydration boundaries) were still waiting to hydrate, and React then rendered some of them
 * afresh in the browser instead of hydrating them (a lesson's widgets showed "Loading the interactive
 * widget…" in place of the served ones). A component's own store update comes after its own hydration.
 */
export function useDisplayPrecision(): ReaderPrecision {
  const currencyDigits = useSyncExternalStore(subscribe, readStoredDigits, () => DEFAULT_CURRENCY_DIGITS);
  return useMemo(() => ({ precision: { currencyDigits }, setCurrencyDigits }), [currencyDigits]);
}
