'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

const ROOT = '[data-term-popover]';
// A short grace period lets the pointer travel from the word into the popover (to reach its link).
const HIDE_DELAY_MS = 150;
// A tap fires focus and then click: the click must not immediately close what focus just opened.
const TAP_GUARD_MS = 500;

interface PopoverState {
  open: boolean;
  openedAt: number;
  closeTimer?: ReturnType<typeof setTimeout>;
}

function rootOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(ROOT) : null;
}

function contains(root: HTMLElement, target: EventTarget | null): boolean {
  return target instanceof Node && root.contains(target);
}

/** Opens or closes one term's popover in the DOM: the button's state, the popover, its link's tab stop. */
function render(root: HTMLElement, open: boolean): void {
  root.querySelector('button[data-term]')?.setAttribute('aria-expanded', String(open));
  const popover = root.querySelector<HTMLElement>('[role="tooltip"]');
  if (!popover) return;
  popover.hidden = !open;
  const link = popover.querySelector<HTMLAnchorElement>('a[href]');
  if (link) link.tabIndex = open ? 0 : -1;
}

/**
 * Every glossary popover of the page (TermPopover's markup), driven by listeners on the document
 * instead of state and effects in each term: a lesson hydrates one small island for all its terms.
 * One disclosure serves every input method: hover (mouse), focus (keyboard), tap (touch, toggles);
 * Escape and a pointer elsewhere close it, and Escape keeps it closed until the pointer moves off the
 * term or focus comes back to it. "More in the glossary" navigates in the app, as a Next.js
 * link does.
 */
export function TermPopovers() {
  const router = useRouter();
  useEffect(() => {
    const states = new WeakMap<HTMLElement, PopoverState>();
    const opened = new Set<HTMLElement>();
    const stateOf = (root: HTMLElement) => {
      let state = states.get(root);
      if (!state) {
        state = { open: false, openedAt: 0 };
        states.set(root, state);
      }
      return state;
    };
    const setOpen = (root: HTMLElement, open: boolean) => {
      stateOf(root).open = open;
      if (open) opened.add(root);
      else opened.delete(root);
      render(root, open);
      // As a Next.js link does once it is visible: the glossary is ready before the reader clicks.
      const href = root.querySelector('a[href]')?.getAttribute('href');
      if (open && href) router.prefetch(href);
    };
    const show = (root: HTMLElement) => {
      const state = stateOf(root);
      clearTimeout(state.closeTimer);
      if (!state.open) state.openedAt = Date.now();
      setOpen(root, true);
    };
    const toggle = (root: HTMLElement) => {
      const state = stateOf(root);
      if (state.open && Date.now() - state.openedAt < TAP_GUARD_MS) return;
      if (!state.open) state.openedAt = Date.now();
      setOpen(root, !state.open);
    };
    const hideSoon = (root: HTMLElement) => {
      const state = stateOf(root);
      clearTimeout(state.closeTimer);
      state.closeTimer = setTimeout(() => setOpen(root, false), HIDE_DELAY_MS);
    };
    // Terms closed with Escape while the pointer rests on them: hover does not reopen them until the
    // pointer has moved off (WAI-ARIA's tooltip pattern). Not the pointer's boundary events alone: a
    // layout shift under a resting pointer fires them too (seen: out and back over the term 50 ms after
    // Escape), and the popover would reopen by itself.
    const dismissed = new Set<HTMLElement>();
    const onPointerMove = (event: PointerEvent) => {
      for (const root of [...dismissed]) if (!contains(root, event.target)) dismissed.delete(root);
      if (dismissed.size === 0) document.removeEventListener('pointermove', onPointerMove);
    };
    const dismiss = (root: HTMLElement) => {
      clearTimeout(stateOf(root).closeTimer);
      setOpen(root, false);
      dismissed.add(root);
      document.addEventListener('pointermove', onPointerMove, { passive: true });
    };

    // pointerover/out bubble (pointerenter/leave do not): entering or leaving from outside the term.
    const onPointerOver = (event: PointerEvent) => {
      const root = rootOf(event.target);
      if (
        root &&
        event.pointerType === 'mouse' &&
        !contains(root, event.relatedTarget) &&
        !dismissed.has(root)
      )
        show(root);
    };
    const onPointerOut = (event: PointerEvent) => {
      const root = rootOf(event.target);
      if (root && event.pointerType === 'mouse' && !contains(root, event.relatedTarget)) hideSoon(root);
    };
    const onFocusIn = (event: FocusEvent) => {
      const root = rootOf(event.target);
      if (root && event.target instanceof Element && event.target.matches('button[data-term]')) {
        dismissed.delete(root); // focus moved here: the reader asks for it again
        show(root);
      }
    };
    const onFocusOut = (event: FocusEvent) => {
      const root = rootOf(event.target);
      if (root && !contains(root, event.relatedTarget)) setOpen(root, false);
    };
    const onClick = (event: MouseEvent) => {
      const root = rootOf(event.target);
      if (!root || !(event.target instanceof Element)) return;
      if (event.target.closest('button[data-term]')) {
        dismissed.delete(root);
        return toggle(root);
      }
      const link = event.target.closest<HTMLAnchorElement>('a[href]');
      const plain =
        event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
      if (link && plain && !event.defaultPrevented) {
        event.preventDefault();
        router.push(link.getAttribute('href') ?? '/glossary');
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') for (const root of [...opened]) dismiss(root);
    };
    const onPointerDown = (event: PointerEvent) => {
      for (const root of [...opened]) if (!contains(root, event.target)) setOpen(root, false);
    };

    const listeners = [
      ['pointerover', onPointerOver],
      ['pointerout', onPointerOut],
      ['focusin', onFocusIn],
      ['focusout', onFocusOut],
      ['click', onClick],
      ['keydown', onKeyDown],
      ['pointerdown', onPointerDown],
    ] as const;
    for (const [type, listener] of listeners) document.addEventListener(type, listener as EventListener);
    return () => {
      for (const [type, listener] of listeners) document.removeEventListener(type, listener as EventListener);
      document.removeEventListener('pointermove', onPointerMove);
      for (const root of opened) clearTimeout(stateOf(root).closeTimer);
    };
  }, [router]);
  return null;
}
