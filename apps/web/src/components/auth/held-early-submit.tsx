/**
 * A form the reader sends before the page's scripts run (Enter pressed while a slow phone still
 * loads them) would be sent by the browser itself: the page reloads with the form empty and the
 * reader's details gone. This constant script, placed right after the form in the served HTML,
 * holds such a submit instead, and marks the form busy; `useSendHeldSubmit` sends it once the
 * form's own handler is in place. With scripts off entirely, the form's `method="post"` still
 * keeps the password out of the address.
 *
 * The script and the hook share two properties of the form element rather than attributes, so the
 * markup React hydrates stays as served; the one attribute the script sets, `aria-busy` (the busy
 * look, and the state a screen reader announces), is removed when the held submit is handled.
 */
const HOLD_EARLY_SUBMIT_SCRIPT = `(function(f){f.addEventListener('submit',function(e){if(f.liqlabReady)return;e.preventDefault();f.liqlabHeldSubmit=true;f.setAttribute('aria-busy','true')})})(document.currentScript.previousElementSibling)`;

/** Renders the holding script; put it right after the form it guards. The CSP allows it by hash. */
export function HoldEarlySubmit() {
  return <script dangerouslySetInnerHTML={{ __html: HOLD_EARLY_SUBMIT_SCRIPT }} />;
}

/** The form element as the holding script and `useSendHeldSubmit` see it. */
export interface HoldingForm extends HTMLFormElement {
  liqlabReady?: boolean;
  liqlabHeldSubmit?: boolean;
}
