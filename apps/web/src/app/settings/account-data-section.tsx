'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { authClient } from '~/auth/auth-client';
import { ConfirmDialog } from '~/components/ui/confirm-dialog';
import { HoldingButton } from '~/components/ui/holding-button';
import { useTRPC } from '~/trpc/react';

const CONFIRM_WORD = 'DELETE';

function download(filename: string, data: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Everything we hold about the reader: take a copy, or erase it. Guests have data too. */
export function AccountDataSection() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [typed, setTyped] = useState('');
  const [exportError, setExportError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);

  const remove = useMutation(
    trpc.account.delete.mutationOptions({
      onSuccess: async () => {
        // The session went with the account; signing out clears the cookie on this device.
        await authClient.signOut().catch(() => undefined);
        queryClient.clear();
        dialog.current?.close();
        router.push('/?account=deleted');
        router.refresh();
      },
    }),
  );

  async function exportData() {
    setExporting(true);
    setExportError(null);
    try {
      const data = await queryClient.fetchQuery({ ...trpc.account.exportData.queryOptions(), staleTime: 0 });
      download(`liquidation-lab-export-${new Date().toISOString().slice(0, 10)}.json`, data);
    } catch (error) {
      setExportError(error instanceof Error ? error.message : 'The export failed. Try again.');
    } finally {
      setExporting(false);
    }
  }

  return (
    <section aria-labelledby="data-heading" className="space-y-6">
      <h2 id="data-heading" className="text-xl font-semibold">
        Your data
      </h2>
      <div className="space-y-2">
        <p className="text-slate-700 dark:text-slate-300">
          Download everything stored about you — progress, quiz answers, review cards, scenarios — as JSON.
        </p>
        <HoldingButton
          onClick={exportData}
          disabled={exporting}
          className="rounded border border-slate-400 px-3 py-1.5 disabled:opacity-50"
        >
          {exporting ? 'Preparing…' : 'Export my data'}
        </HoldingButton>
        {exportError && (
          <p role="alert" className="text-sm text-danger">
            {exportError}
          </p>
        )}
      </div>
      <div className="space-y-2">
        <p className="text-slate-700 dark:text-slate-300">
          Delete your account and everything it owns. This cannot be undone.
        </p>
        <HoldingButton
          onClick={() => {
            setTyped('');
            remove.reset();
            dialog.current?.showModal();
          }}
          className="rounded bg-danger px-3 py-1.5 font-normal text-white dark:text-slate-950"
        >
          Delete my account…
        </HoldingButton>
      </div>
      <ConfirmDialog
        ref={dialog}
        title="Delete your account?"
        error={remove.error ? remove.error.message : null}
        confirmLabel="Delete forever"
        pendingLabel="Deleting…"
        pending={remove.isPending}
        confirmDisabled={typed !== CONFIRM_WORD}
        onConfirm={() => {
          if (typed === CONFIRM_WORD) remove.mutate();
        }}
      >
        <p>
          Your progress, quiz history, review cards and saved scenarios are erased, and shared links to your
          scenarios stop working. Type <strong>{CONFIRM_WORD}</strong> to confirm.
        </p>
        <label className="block">
          <span className="sr-only">Type {CONFIRM_WORD} to confirm</span>
          <input
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            autoComplete="off"
            aria-label={`Type ${CONFIRM_WORD} to confirm`}
            className="w-full rounded border border-slate-300 px-2 py-1 dark:border-slate-700 dark:bg-slate-950"
          />
        </label>
      </ConfirmDialog>
    </section>
  );
}
