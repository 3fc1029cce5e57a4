import { lessonCatalog } from '@liqlab/content/lessons/lesson-catalog';
import type { Database } from '@liqlab/db/client';
import { ApiError } from '../errors/api-error';
import { recordLearningDay, recordLessonRead } from '../repositories/lesson-progress-repository';
import type { MasteryLevel } from './mastery';
import { utcDay } from './streak';

export interface LessonRead {
  lesson: string;
  firstReadAt: Date;
  lastReadAt: Date;
  mastery: MasteryLevel;
}

export async function markLessonRead(
  db: Database,
  input: { userId: string; slug: string; now: Date },
): Promise<LessonRead> {
  if (!lessonCatalog.some((lesson) => lesson.slug === input.slug)) {
    throw new ApiError('NOT_FOUND', 'There is no lesson with this slug.', { reason: 'UNKNOWN_LESSON' });
  }
  const record = await recordLessonRead(db, input.userId, input.slug, input.now);
  await recordLearningDay(db, input.userId, utcDay(input.now));
  return {
    lesson: record.lessonSlug,
    firstReadAt: record.firstReadAt ?? input.now,
    lastReadAt: record.lastReadAt ?? input.now,
    mastery: record.mastery,
  };
}
