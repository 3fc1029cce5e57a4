'use client';

import { type RefObject, useEffect } from 'react';
import type { HoldingForm } from './held-early-submit';

/**
 * Once the form has hydrated, its own submit handler takes over from HoldEarlySubmit's script, and a
 * submit that script held is sent now, with the details the reader typed (they are still in the
 * fields: hydrating keeps what fields show).
 */
export function useSendHeldSubmit(form: RefObject<HTMLFormElement | null>): void {
  useEffect(() => {
    const element = form.current as HoldingForm | null;
    if (!element) return;
    element.liqlabReady = true;
    if (element.liqlabHeldSubmit) element.requestSubmit();
  }, [form]);
}

/**
 * Called by the form's submit handler: the submit being handled is the held one, if any. React may
 * hydrate the form within the very event the script held (a submit made after React started), and
 * handle it then; the held submit must not be sent a second time.
 */
export function clearHeldSubmit(form: HTMLFormElement): void {
  const element = form as HoldingForm;
  element.liqlabHeldSubmit = false;
  element.removeAttribute('aria-busy');
}
