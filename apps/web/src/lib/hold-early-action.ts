/**
 * A form sent or a button tapped before the page's scripts run (Enter pressed, "Check" or "Play"
 * tapped while a slow phone still loads them) would be lost: the browser sends the form itself, and
 * the page reloads with what the reader typed gone; a button does nothing at all. This constant
 * script, in the root layout's <head> so it runs before any of them exists, holds the submit of each
 * form and the tap of each button marked `data-hold-until-ready`, and marks the element busy;
 * `useSendHeldAction` sends it again once the element's own handler is in place.
 *
 * One listener per event on the document, in the capture phase, sees them before anything else does.
 * The script and the hook share two properties of the element rather than attributes, so the markup
 * React hydrates stays as served; the one attribute the script sets, `aria-busy` (the busy look, and
 * the state a screen reader announces), is removed when the held action is handled.
 */
export const HOLD_EARLY_ACTION_SCRIPT = `(function(d){function h(e,t){if(!t||t.liqlabReady)return;e.preventDefault();t.liqlabHeld=true;t.setAttribute('aria-busy','true')}d.addEventListener('submit',function(e){var f=e.target;if(f instanceof HTMLFormElement&&f.hasAttribute('data-hold-until-ready'))h(e,f)},true);d.addEventListener('click',function(e){var b=e.target instanceof Element?e.target.closest('button[data-hold-until-ready]'):null;h(e,b)},true)})(document)`;

/** A form or button as the holding script and `useSendHeldAction` see it. */
export interface HoldingElement extends HTMLElement {
  liqlabReady?: boolean;
  liqlabHeld?: boolean;
}
