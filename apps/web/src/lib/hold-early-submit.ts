/**
 * A form the reader sends before the page's scripts run (Enter pressed, or "Check" tapped, while a
 * slow phone still loads them) would be sent by the browser itself: the page reloads and what the
 * reader typed is gone. This constant script, in the root layout's <head> so it runs before any form
 * exists, holds such a submit for each form marked `data-hold-until-ready`, and marks the form busy;
 * `useSendHeldSubmit` sends it once the form's own handler is in place.
 *
 * One listener on the document, in the capture phase, sees every form's submit before anything else
 * does. The script and the hook share two properties of the form element rather than attributes, so
 * the markup React hydrates stays as served; the one attribute the script sets, `aria-busy` (the busy
 * look, and the state a screen reader announces), is removed when the held submit is handled.
 */
export const HOLD_EARLY_SUBMIT_SCRIPT = `document.addEventListener('submit',function(e){var f=e.target;if(!(f instanceof HTMLFormElement)||!f.hasAttribute('data-hold-until-ready')||f.liqlabReady)return;e.preventDefault();f.liqlabHeldSubmit=true;f.setAttribute('aria-busy','true')},true)`;

/** The form element as the holding script and `useSendHeldSubmit` see it. */
export interface HoldingForm extends HTMLFormElement {
  liqlabReady?: boolean;
  liqlabHeldSubmit?: boolean;
}
