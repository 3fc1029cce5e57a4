'use client';

import { type RefObject, useEffect } from 'react';
import type { HoldingForm } from '~/lib/hold-early-submit';

/**
 * Once the form has hydrated, its own submit handler takes over from the holding script
 * (HOLD_EARLY_SUBMIT_SCRIPT; mark the form `data-hold-until-ready`), and a submit that script held is
 * sent, with what the reader typed. It is sent one task later: a field's edit made before the scripts
 * ran reaches its owner's state in a task of its own (useEditBeforeHydration), queued by an effect
 * that runs before this one (a field's effects run before its form's, and a form's own hooks in the
 * order they are called: call this one after them).
 */
export function useSendHeldSubmit(form: RefObject<HTMLFormElement | null>): void {
  useEffect(() => {
    const element = form.current as HoldingForm | null;
    if (!element) return;
    element.liqlabReady = true;
    if (!element.liqlabHeldSubmit) return;
    // Checked again when the task runs: React hydrates a form at once when a submit reaches it, and
    // then hands it that very submit (the handler clears the mark) after this effect has run.
    const timer = setTimeout(() => {
      if (element.liqlabHeldSubmit) element.requestSubmit();
    });
    return () => clearTimeout(timer);
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
