'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { TRPCReactProvider, useTRPC } from '~/trpc/react';
import { MasteryBadge } from './mastery-badge';

/**
 * The learner's standing on one lesson (read, mastery) and the "mark as read" action. Progress is
 * stored per guest or account session; the tRPC client creates a guest session on first need.
 */
function LessonProgressQuery({ slug, showAction }: { slug: string; showAction: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const dashboard = useQuery(trpc.progress.dashboard.queryOptions());
  const markRead = useMutation(
    trpc.progress.markLessonRead.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.progress.dashboard.queryKey() }),
    }),
  );
  const lesson = dashboard.data?.lessons.find((l) => l.slug === slug);
  const read = Boolean(lesson?.firstReadAt) || markRead.isSuccess;
  const end = useRef<HTMLDivElement>(null);
  const { mutate } = markRead;
  const pending = markRead.isPending || markRead.isError;
  // Reaching the end of the lesson (this copy sits below its last section) marks it read; the button
  // stays for anyone who reads without scrolling here, such as a keyboard user tabbing to it.
  useEffect(() => {
    const element = end.current;
    if (!showAction || read || pending || !dashboard.data || !element) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        mutate({ slug });
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [showAction, read, pending, dashboard.data, mutate, slug]);
  return (
    // min-h-6: room for the mastery badge before progress loads, so its arrival shifts nothing.
    <div ref={end} className="flex min-h-6 flex-wrap items-center gap-3" aria-live="polite">
      {lesson ? <MasteryBadge level={lesson.mastery} /> : null}
      {read ? (
        <span data-testid="lesson-read" className="text-sm font-normal text-safe">
          ✓ Read
        </span>
      ) : !showAction ? null : (
        <button
          type="button"
          onClick={() => markRead.mutate({ slug })}
          disabled={markRead.isPending}
          className="rounded-md border border-safe px-3 py-1.5 text-sm font-normal text-safe hover:bg-safe/10 disabled:opacity-60"
        >
          {markRead.isPending ? 'Saving…' : 'Mark as read'}
        </button>
      )}
      {markRead.isError ? (
        <span role="alert" className="text-sm text-danger">
          {markRead.error.message}
        </span>
      ) : null}
      {dashboard.isError ? (
        <span className="text-xs text-slate-600 dark:text-slate-400">Progress is unavailable right now.</span>
      ) : null}
    </div>
  );
}

/** LessonProgress with its own tRPC provider: the lesson pages have none (see ./lesson-progress). */
export function LessonProgressLive({ slug, showAction }: { slug: string; showAction: boolean }) {
  return (
    <TRPCReactProvider>
      <LessonProgressQuery slug={slug} showAction={showAction} />
    </TRPCReactProvider>
  );
}
