import { z } from 'zod';
import { systemClock } from '../progress/clock';
import { markLessonRead } from '../progress/mark-lesson-read';
import { readDashboard } from '../progress/read-dashboard';
import { createTRPCRouter, identifiedProcedure, publicProcedure } from '../trpc';

const iso = (date: Date | null) => date?.toISOString() ?? null;

export const progressRouter = createTRPCRouter({
  markLessonRead: identifiedProcedure
    .input(z.strictObject({ slug: z.string().min(1).max(100) }))
    .mutation(async ({ ctx, input }) => {
      const read = await markLessonRead(ctx.db, {
        userId: ctx.identity.userId,
        slug: input.slug,
        now: systemClock(),
      });
      return {
        ...read,
        firstReadAt: read.firstReadAt.toISOString(),
        lastReadAt: read.lastReadAt.toISOString(),
      };
    }),

  /**
   * Without a session: a newcomer's dashboard, not a refusal — reading a lesson must not create a
   * guest identity (a row per visitor, crawlers included) just to show that nothing is read yet.
   */
  dashboard: publicProcedure.query(async ({ ctx }) => {
    const dashboard = await readDashboard(ctx.db, {
      userId: ctx.identity?.userId ?? null,
      isGuest: ctx.identity?.isGuest ?? false,
      now: systemClock(),
    });
    return {
      ...dashboard,
      lessons: dashboard.lessons.map((lesson) => ({
        ...lesson,
        firstReadAt: iso(lesson.firstReadAt),
        lastReadAt: iso(lesson.lastReadAt),
      })),
      upcomingReviews: dashboard.upcomingReviews.map((review) => ({
        ...review,
        due: review.due.toISOString(),
      })),
    };
  }),
});
