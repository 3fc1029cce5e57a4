'use client';

import { type RefObject, useEffect, useLayoutEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import { queueEarlyInput } from './early-input-queue';

/**
 * An edit the reader made before the page's scripts ran. The browser changed the field, but React was
 * not listening yet, and hydrating keeps what a field shows without telling the field's owner: the
 * field would show one value while the figures beside it were computed from another. Read once, as the
 * field hydrates, and handed to `onChange` as if it had just been made.
 *
 * `editedValue` reads the field's element and gives the value it shows when the reader changed it,
 * else null (compare with what the server sent: `defaultValue`, `defaultChecked`, `defaultSelected`).
 */
export function useEditBeforeHydration<E extends Element, T>(
  onChange: ((value: T) => void) | undefined,
  editedValue: (element: E) => T | null,
): RefObject<E | null> {
  const element = useRef<E>(null);
  const latestOnChange = useRef(onChange);
  useLayoutEffect(() => {
    latestOnChange.current = onChange;
  });
  const readEdit = useRef(editedValue);
  useEffect(() => {
    const edited = element.current ? readEdit.current(element.current) : null;
    if (edited === null) return;
    // In turn with the other fields' edits and the held actions, each applied and rendered before the
    // next, as when the reader makes them one after another.
    return queueEarlyInput(() => flushSync(() => latestOnChange.current?.(edited)));
  }, []);
  return element;
}

/** A text field's edit before hydration: what the reader typed, if it differs from what was served. */
export function textEdit(shown: HTMLInputElement | HTMLTextAreaElement): string | null {
  return shown.value !== shown.defaultValue ? shown.value : null;
}

/** A check box's edit before hydration: its new state, if the reader changed it. */
export function checkboxEdit(shown: HTMLInputElement): boolean | null {
  return shown.checked !== shown.defaultChecked ? shown.checked : null;
}

/**
 * A group of radio buttons' edit before hydration: the value of the one the reader picked, if the
 * server did not pick it (the one it replaced is unpicked by the same click).
 */
export function radioGroupEdit(group: Element): string | null {
  const picked = group.querySelector<HTMLInputElement>('input[type="radio"]:checked');
  return picked && !picked.defaultChecked ? picked.value : null;
}

/** A select's edit before hydration: the option the reader picked, if the server did not mark it. */
export function selectEdit(shown: HTMLSelectElement): string | null {
  const option = shown.selectedOptions[0];
  return option && !option.defaultSelected ? option.value : null;
}

/**
 * A slider's edit before hydration: the value the reader moved it to, or null when it stands where
 * the server put it, as the browser snaps that value to the slider's steps (a snap is not an edit).
 */
export function sliderEdit(shown: HTMLInputElement): string | null {
  const served = document.createElement('input');
  Object.assign(served, { type: 'range', min: shown.min, max: shown.max, step: shown.step });
  served.value = shown.defaultValue;
  return shown.value !== served.value ? shown.value : null;
}
