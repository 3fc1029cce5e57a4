import type { Question } from '@liqlab/content/quizzes/question-schema';
import type { ReactNode } from 'react';
import { TierTable } from '../tier-table';

/** Question id → what is printed under its prompt. */
export type QuizExhibits = Readonly<Record<string, ReactNode>>;

/**
 * The tables questions print under their prompts, rendered on the server from the same engine data the
 * lesson prints (a tier question shows the lesson's <TierTable>): the client session only places them.
 */
export function quizExhibits(questions: readonly Question[]): QuizExhibits {
  return Object.fromEntries(
    questions.flatMap((q) =>
      q.kind === 'numeric' && q.tiersPreset
        ? [[q.id, <TierTable key={q.id} tiersPreset={q.tiersPreset} />]]
        : [],
    ),
  );
}
