import { lessonCatalog } from '@liqlab/content/lessons/lesson-catalog';
import type { LessonMeta } from '@liqlab/content/lessons/lesson-schema';

/** The catalog in course order: the one list every Learn page walks. */
export const orderedLessons: readonly LessonMeta[] = [...lessonCatalog].sort((a, b) => a.order - b.order);

export function lessonBySlug(slug: string): LessonMeta | undefined {
  return orderedLessons.find((lesson) => lesson.slug === slug);
}

export function neighbours(slug: string): { previous?: LessonMeta; next?: LessonMeta } {
  const index = orderedLessons.findIndex((lesson) => lesson.slug === slug);
  return { previous: orderedLessons[index - 1], next: orderedLessons[index + 1] };
}
