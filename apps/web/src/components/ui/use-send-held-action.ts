'use client';

import { type RefObject, useEffect } from 'react';
import type { HoldingElement } from '~/lib/hold-early-action';

/**
 * Once a form or button marked `data-hold-until-ready` has hydrated, its own handler takes over from
 * the holding script (HOLD_EARLY_ACTION_SCRIPT), and an action that script held is sent again with
 * `send` (a form's `requestSubmit`, a button's `click`), with what the reader typed. It is sent one
 * task later: a field's edit made before the scripts ran reaches its owner's state in a task of its
 * own (useEditBeforeHydration), queued by an effect that runs before this one (a field's effects run
 * before its form's, and a form's own hooks in the order they are called: call this one after them).
 */
export function useSendHeldAction<E extends HTMLElement>(
  target: RefObject<E | null>,
  /** Stable (a module-level function): the held action is sent once, as the element hydrates. */
  send: (element: E) => void,
): void {
  useEffect(() => {
    const element = target.current as (E & HoldingElement) | null;
    if (!element) return;
    element.liqlabReady = true;
    if (!element.liqlabHeld) return;
    // Checked again when the task runs: React hydrates an element at once when an event reaches it,
    // and then hands it that very event (the handler clears the mark) after this effect has run.
    const timer = setTimeout(() => {
      if (element.liqlabHeld) send(element);
    });
    return () => clearTimeout(timer);
  }, [target, send]);
}

/**
 * Called first by the element's handler: the action being handled is the held one, if any. React may
 * hydrate the element within the very event the script held (an action made after React started),
 * and handle it then; the held action must not be sent a second time.
 */
export function clearHeldAction(element: HTMLElement): void {
  const holding = element as HoldingElement;
  holding.liqlabHeld = false;
  holding.removeAttribute('aria-busy');
}

const submitForm = (form: HTMLFormElement) => form.requestSubmit();

/** `useSendHeldAction` for a form: a held submit is sent through the form's own handler. */
export function useSendHeldSubmit(form: RefObject<HTMLFormElement | null>): void {
  useSendHeldAction(form, submitForm);
}
