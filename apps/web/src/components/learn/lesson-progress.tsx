'use client';

import { useDeferredComponent } from '~/lib/use-deferred-component';

const loadLive = () => import('./lesson-progress-live').then((module) => module.LessonProgressLive);

/**
 * The learner's standing on one lesson (read, mastery) and the "mark as read" action. Its tRPC and
 * TanStack Query code is imported after the lesson has hydrated: the lesson's text and widgets come
 * first, and the lesson page's first-load JavaScript stays within its budget.
 */
export function LessonProgress({ slug, showAction = true }: { slug: string; showAction?: boolean }) {
  const Live = useDeferredComponent(loadLive);
  // min-h-6: the same row the loaded progress uses, so its arrival shifts nothing.
  return Live ? (
    <Live slug={slug} showAction={showAction} />
  ) : (
    <div className="flex min-h-6 flex-wrap items-center gap-3" />
  );
}
