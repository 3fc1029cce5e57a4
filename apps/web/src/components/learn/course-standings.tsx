'use client';

import { useQuery } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext } from 'react';
import { useSessionUser } from '~/auth/use-session-user';
import { TRPCReactProvider, useTRPC } from '~/trpc/react';
import { MasteryBadge, type MasteryLevel } from './mastery-badge';

interface Standing {
  read: boolean;
  mastery: MasteryLevel;
}

/** undefined: still finding out; null: a visitor with no session, who has no progress yet. */
const StandingsContext = createContext<ReadonlyMap<string, Standing> | null | undefined>(undefined);

function StandingsQuery({ children }: { children: ReactNode }) {
  const trpc = useTRPC();
  const session = useSessionUser();
  const known = session.status === 'known';
  const hasSession = known && session.user !== null;
  // No session, no call: listing the course must not create a guest identity for every visitor.
  const dashboard = useQuery({ ...trpc.progress.dashboard.queryOptions(), enabled: hasSession });
  const standings = dashboard.data
    ? new Map(
        dashboard.data.lessons.map((l) => [l.slug, { read: l.firstReadAt !== null, mastery: l.mastery }]),
      )
    : known && !hasSession
      ? null
      : undefined;
  return <StandingsContext.Provider value={standings}>{children}</StandingsContext.Provider>;
}

/** Gives every LessonStanding inside it the learner's progress, read once for the whole list. */
export function CourseStandings({ children }: { children: ReactNode }) {
  return (
    <TRPCReactProvider>
      <StandingsQuery>{children}</StandingsQuery>
    </TRPCReactProvider>
  );
}

/** One lesson's state in the course list: not started, read, or its quiz mastered, with the mastery level. */
export function LessonStanding({ slug }: { slug: string }) {
  const standings = useContext(StandingsContext);
  // min-h-6: the row the loaded state uses, so its arrival shifts nothing.
  if (standings === undefined) return <div className="min-h-6" aria-hidden="true" />;
  const standing = standings?.get(slug) ?? { read: false, mastery: 'NOT_STARTED' as const };
  const state = standing.mastery === 'MASTERED' ? 'Quiz mastered' : standing.read ? 'Read' : 'Not started';
  return (
    <div
      className="flex min-h-6 flex-wrap items-center gap-2"
      data-testid="lesson-standing"
      data-lesson={slug}
      data-state={state}
    >
      <span
        className={`text-xs font-semibold ${standing.read || standing.mastery === 'MASTERED' ? 'text-safe' : 'text-slate-600 dark:text-slate-400'}`}
      >
        {standing.read || standing.mastery === 'MASTERED' ? '✓ ' : ''}
        {state}
      </span>
      <MasteryBadge level={standing.mastery} />
    </div>
  );
}
