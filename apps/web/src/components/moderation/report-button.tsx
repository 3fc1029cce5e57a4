'use client';

import {
  MAX_REPORT_NOTE_LENGTH,
  REPORT_REASON_LABELS,
  REPORT_REASONS,
  type ReportReason,
} from '@liqlab/scenario/report-reasons';
import { useEffect, useRef, useState } from 'react';
import { useSessionUser } from '~/auth/use-session-user';
import { ConfirmDialog } from '~/components/ui/confirm-dialog';
import { errorMessage } from '~/lib/error-message';
import { apiErrorData } from '~/trpc/api-error-data';

type MyReport = { status: 'unknown' } | { status: 'none' } | { status: 'reported'; inReview: boolean };

/**
 * My report of this scenario, read with a plain GET: the shared page loads no tRPC client to be read.
 * Null when it cannot be read (the button then stays; the API refuses a second report anyway).
 */
async function fetchMyReport(idOrSlug: string): Promise<boolean | null> {
  const input = encodeURIComponent(JSON.stringify({ idOrSlug }));
  const response = await fetch(`/api/trpc/scenario.myReport?input=${input}`, { cache: 'no-store' });
  if (!response.ok) return null;
  const body = (await response.json()) as { result?: { data?: unknown } };
  return body.result?.data != null;
}

/**
 * "Report" on a shared scenario, for signed-in accounts other than its owner. The page's HTML is one
 * copy for every visitor without a session (a CDN may keep it), so nothing here is in it: the
 * session is read in the browser and the button appears only then.
 */
export function ReportButton({ idOrSlug, isMine }: { idOrSlug: string; isMine: boolean }) {
  const session = useSessionUser();
  const isAccount = session.status === 'known' && session.user !== null && !session.user.isAnonymous;
  const [mine, setMine] = useState<MyReport>({ status: 'unknown' });
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [note, setNote] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!isAccount || isMine) return;
    let active = true;
    fetchMyReport(idOrSlug).then(
      (reported) => {
        if (active) setMine(reported ? { status: 'reported', inReview: false } : { status: 'none' });
      },
      () => {
        if (active) setMine({ status: 'none' });
      },
    );
    return () => {
      active = false;
    };
  }, [idOrSlug, isAccount, isMine]);

  if (!isAccount || isMine || mine.status === 'unknown') return null;
  if (mine.status === 'reported') {
    return (
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400" data-testid="reported">
        {mine.inReview
          ? 'Reported. It is out of the gallery until a moderator reviews it.'
          : 'You reported this scenario. A moderator will look at it.'}
      </p>
    );
  }

  const send = async () => {
    if (!reason) {
      setError('Pick a reason.');
      return;
    }
    if (reason === 'OTHER' && note.trim() === '') {
      setError('Say in a few words what is wrong.');
      return;
    }
    setError(null);
    setSending(true);
    try {
      const { createBrowserTrpcClient } = await import('~/trpc/browser-client');
      const result = await createBrowserTrpcClient().scenario.report.mutate({ idOrSlug, reason, note });
      dialog.current?.close();
      setMine({ status: 'reported', inReview: result.moderationState === 'PENDING_REVIEW' });
    } catch (caught) {
      if (apiErrorData(caught)?.appCode === 'ALREADY_REPORTED') {
        dialog.current?.close();
        setMine({ status: 'reported', inReview: false });
      } else {
        setError(errorMessage(caught));
      }
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      <button
        type="button"
        onClick={() => {
          setError(null);
          dialog.current?.showModal();
        }}
        className="text-sm underline"
      >
        Report
      </button>
      <ConfirmDialog
        ref={dialog}
        title="Report this scenario"
        error={error}
        confirmLabel="Send report"
        pendingLabel="Sending…"
        pending={sending}
        onConfirm={() => void send()}
      >
        <p className="text-sm">
          Moderators review scenarios that several learners report; until then they leave the gallery. Your
          report is not shown to its owner.
        </p>
        <fieldset className="space-y-1">
          <legend className="mb-1 text-sm font-normal">What is wrong with it?</legend>
          {REPORT_REASONS.map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="report-reason"
                value={value}
                checked={reason === value}
                onChange={() => setReason(value)}
              />
              {REPORT_REASON_LABELS[value]}
            </label>
          ))}
        </fieldset>
        <label className="block text-sm">
          <span className="font-normal">
            Details {reason === 'OTHER' ? '(needed for “Something else”)' : '(optional)'}
          </span>
          <textarea
            value={note}
            maxLength={MAX_REPORT_NOTE_LENGTH}
            onChange={(event) => setNote(event.target.value)}
            rows={3}
            aria-describedby="report-note-count"
            className="mt-1 block w-full rounded border border-slate-400 bg-transparent p-2"
          />
          <span id="report-note-count" className="text-xs text-slate-600 dark:text-slate-400">
            {note.length} / {MAX_REPORT_NOTE_LENGTH} characters
          </span>
        </label>
      </ConfirmDialog>
    </>
  );
}
