'use client';

import { useRef } from 'react';
import { useSessionUser } from '~/auth/use-session-user';
import { useDeferredComponent } from '~/lib/use-deferred-component';
import { MasteryBadge } from './mastery-badge';

const loadLive = () => import('./lesson-progress-live').then((module) => module.LessonProgressLive);

/**
 * The learner's standing on one lesson (read, mastery) and the "mark as read" action. Its tRPC and
 * TanStack Query code is imported after the lesson has hydrated: the lesson's text and widgets come
 * first, and the lesson page's first-load JavaScript stays within its budget. The copy with the
 * action sits at the end of the lesson and loads when the reader gets near it. The standing alone
 * (at the top) needs no API call for a visitor without a session, who has no progress yet: it loads
 * once there is a session (marking the lesson read creates a guest one).
 */
export function LessonProgress({ slug, showAction = true }: { slug: string; showAction?: boolean }) {
  const placeholder = useRef<HTMLDivElement>(null);
  const session = useSessionUser();
  const visitor = session.status === 'known' && session.user === null;
  const Live = useDeferredComponent(loadLive, {
    whenNear: showAction ? placeholder : undefined,
    enabled: showAction || (session.status === 'known' && session.user !== null),
  });
  // min-h-6: the same row the loaded progress uses, so its arrival shifts nothing.
  return Live ? (
    <Live slug={slug} showAction={showAction} />
  ) : (
    <div ref={placeholder} className="flex min-h-6 flex-wrap items-center gap-3">
      {visitor && !showAction ? <MasteryBadge level="NOT_STARTED" /> : null}
    </div>
  );
}
