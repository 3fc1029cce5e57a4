'use client';

import { type RefObject, useEffect } from 'react';
import type { HoldingElement } from '~/lib/hold-early-action';
import { earlyInputWaiting, queueEarlyInput } from './early-input-queue';

/**
 * Once a form or button marked `data-hold-until-ready` has hydrated, its own handler takes over from
 * the holding script (HOLD_EARLY_ACTION_SCRIPT), and an action that script held is sent again (a
 * form's `requestSubmit`, a button's `click`) with what the reader typed: behind the edits made before
 * the scripts ran, which the fields queue as they hydrate (early-input-queue).
 */
export function useSendHeldAction(target: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = target.current as HoldingElement | null;
    if (!element) return;
    element.liqlabReady = true;
    if (!element.liqlabHeld) return;
    return queueEarlyInput(() => sendAgain(element));
  }, [target]);
}

/**
 * Asked first by the element's handler: whether to leave this action for later, because it was made
 * before an edit beside it has reached its owner's state. That is so for an action the holding script
 * held (useSendHeldAction sends it), which React may hand over at once by hydrating the element within
 * that very event, and for one made while earlier edits still wait their turn (then it is queued
 * behind them here). Acting at once, a Save would save the title the server sent, not the one typed.
 */
export function leftForLater(element: HTMLElement): boolean {
  const holding = element as HoldingElement;
  if (holding.liqlabHeld) return true;
  if (!earlyInputWaiting()) return false;
  holding.liqlabHeld = true;
  holding.setAttribute('aria-busy', 'true');
  queueEarlyInput(() => sendAgain(holding));
  return true;
}

function sendAgain(element: HoldingElement) {
  element.liqlabHeld = false;
  element.removeAttribute('aria-busy');
  if (element instanceof HTMLFormElement) element.requestSubmit();
  else element.click();
}
