'use client';

import Link from 'next/link';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

/**
 * The inline glossary popover. One disclosure serves every input method: hover (mouse), focus
 * (keyboard), tap (touch, toggles). The definition is always in the DOM and tied to the button with
 * aria-describedby, so screen readers announce it on focus even while it is visually hidden; Escape
 * and a tap elsewhere close it.
 */
export function TermPopover({
  id,
  headword,
  definition,
  children,
}: {
  id: string;
  headword: string;
  definition: string;
  children: ReactNode;
}) {
  const popoverId = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLSpanElement>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  useEffect(() => () => clearTimeout(closeTimer.current), []);

  // A tap fires focus and then click: the click must not immediately close what focus just opened.
  const openedAt = useRef(0);
  const show = () => {
    clearTimeout(closeTimer.current);
    if (!open) openedAt.current = Date.now();
    setOpen(true);
  };
  const toggle = () => {
    if (open && Date.now() - openedAt.current < 500) return;
    if (!open) openedAt.current = Date.now();
    setOpen(!open);
  };
  // A short grace period lets the pointer travel from the word into the popover (to reach its link).
  const hideSoon = () => {
    clearTimeout(closeTimer.current);
    closeTimer.current = setTimeout(() => setOpen(false), 150);
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: hover only mirrors what the button's focus and click already do
    <span
      ref={root}
      className="relative inline"
      onPointerEnter={(event) => {
        if (event.pointerType === 'mouse') show();
      }}
      onPointerLeave={(event) => {
        if (event.pointerType === 'mouse') hideSoon();
      }}
      onBlur={(event) => {
        if (!root.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        type="button"
        data-term={id}
        aria-describedby={popoverId}
        aria-expanded={open}
        onFocus={show}
        onClick={toggle}
        className="cursor-help rounded-sm border-b-2 border-dotted border-safe font-[inherit] text-inherit hover:bg-safe/10"
      >
        {children}
      </button>
      <span
        id={popoverId}
        role="tooltip"
        hidden={!open}
        className="absolute left-0 top-full z-20 mt-1 block w-[min(20rem,80vw)] rounded-lg border border-slate-200 bg-white p-3 text-left text-sm font-normal leading-snug text-slate-800 shadow-lg dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <strong className="block">{headword}</strong>
        <span className="mt-1 block">{definition}</span>
        <Link
          href={`/glossary#${id}`}
          className="mt-2 inline-block text-xs font-medium text-safe underline"
          tabIndex={open ? 0 : -1}
        >
          More in the glossary
        </Link>
      </span>
    </span>
  );
}
