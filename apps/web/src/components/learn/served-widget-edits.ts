import type { HoldingElement } from '~/lib/hold-early-action';
import { checkboxEdit, selectEdit, sliderEdit, textEdit } from '../ui/use-edit-before-hydration';

/**
 * What the reader did to a lesson widget's served HTML before its code arrived: LazyWidget renders the
 * widget over that HTML, with fresh elements, so a field changed or a button tapped there (held by
 * HOLD_EARLY_ACTION_SCRIPT) would be silently undone. Read from the served controls just before, and
 * done again on the widget's own controls, matched by their place among the widget's controls.
 */
export type ServedEdit = { index: number; control: string } & (
  | { kind: 'value'; value: string }
  | { kind: 'toggle' }
  | { kind: 'tap' }
);

const CONTROLS = 'input, select, textarea, button';

function controlsOf(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(CONTROLS)];
}

/** What kind of control it is: an edit is done again only on the same kind. */
function kindOf(control: HTMLElement): string {
  return `${control.tagName}:${control.getAttribute('type') ?? ''}`;
}

function changeOf(
  control: HTMLElement,
): { kind: 'value'; value: string } | { kind: 'toggle' | 'tap' } | null {
  if (control instanceof HTMLButtonElement)
    return (control as HoldingElement).liqlabHeld ? { kind: 'tap' } : null;
  if (control instanceof HTMLSelectElement) {
    const value = selectEdit(control);
    return value === null ? null : { kind: 'value', value };
  }
  if (control instanceof HTMLInputElement && control.type === 'checkbox')
    return checkboxEdit(control) === null ? null : { kind: 'toggle' };
  // Only the radio button picked: the one it replaced is unpicked by the same click.
  if (control instanceof HTMLInputElement && control.type === 'radio')
    return control.checked && !control.defaultChecked ? { kind: 'toggle' } : null;
  if (control instanceof HTMLInputElement && control.type === 'range') {
    const value = sliderEdit(control);
    return value === null ? null : { kind: 'value', value };
  }
  if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) {
    const value = textEdit(control);
    return value === null ? null : { kind: 'value', value };
  }
  return null;
}

/** The served widget's edits, in document order. */
export function readServedEdits(container: HTMLElement): ServedEdit[] {
  return controlsOf(container).flatMap((control, index) => {
    const change = changeOf(control);
    return change ? [{ index, control: kindOf(control), ...change }] : [];
  });
}

/**
 * Sets a field's value as the reader's typing would: through the element type's own setter (React
 * tracks the value an element was given; setting it on the element itself would read as no change),
 * then the event React listens to for that element.
 */
function typeInto(control: HTMLElement, value: string): void {
  const prototype = Object.getPrototypeOf(control) as object;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(control, value);
  const event = control instanceof HTMLSelectElement ? 'change' : 'input';
  control.dispatchEvent(new Event(event, { bubbles: true }));
}

/**
 * Does one edit again on the rendered widget, if the control at its place is still the same kind of
 * control (else it is dropped: the widget's markup is not the one the reader edited).
 */
export function replayServedEdit(container: HTMLElement, edit: ServedEdit): void {
  const control = controlsOf(container)[edit.index];
  if (!control || kindOf(control) !== edit.control) return;
  if (edit.kind === 'value') typeInto(control, edit.value);
  // A tap, or a check box or radio button the reader changed: the same click on its new element.
  else control.click();
}
