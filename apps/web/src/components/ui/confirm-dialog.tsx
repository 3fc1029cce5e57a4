'use client';

import { type ReactNode, type Ref, useId } from 'react';

/**
 * A modal that asks before a consequential action (reporting a scenario, deleting an account): a
 * heading, what will happen, the fields it needs, the error if the action failed, Cancel and a
 * red confirm button. The caller owns the <dialog> through `ref` (showModal / close) and the action.
 */
export function ConfirmDialog({
  ref,
  title,
  children,
  error,
  confirmLabel,
  pendingLabel,
  pending,
  confirmDisabled = false,
  onConfirm,
}: {
  ref: Ref<HTMLDialogElement>;
  title: string;
  /** What the action does, and any field it needs. */
  children: ReactNode;
  /** Why the last attempt failed, in plain words; null when it has not. */
  error: string | null;
  confirmLabel: string;
  pendingLabel: string;
  pending: boolean;
  confirmDisabled?: boolean;
  onConfirm: () => void;
}) {
  const headingId = useId();
  const close = (event: { currentTarget: HTMLElement }) => event.currentTarget.closest('dialog')?.close();
  return (
    <dialog
      ref={ref}
      aria-labelledby={headingId}
      className="m-auto w-full max-w-md rounded-lg p-6 backdrop:bg-slate-900/60 dark:bg-slate-900 dark:text-slate-100"
    >
      <form
        method="dialog"
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
      >
        <h2 id={headingId} className="text-lg font-semibold">
          {title}
        </h2>
        {children}
        {error ? (
          <p role="alert" className="text-sm text-danger">
            {error}
          </p>
        ) : null}
        <div className="flex justify-end gap-4">
          <button type="button" onClick={close} className="underline">
            Cancel
          </button>
          <button
            type="submit"
            disabled={confirmDisabled || pending}
            className="rounded bg-danger px-3 py-1.5 font-normal text-white disabled:opacity-60 dark:text-slate-950"
          >
            {pending ? pendingLabel : confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
