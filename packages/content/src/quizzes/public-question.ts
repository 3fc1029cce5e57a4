import { drawNumericParameters, fillPrompt, type NumericParameters } from './generate-numeric-question';
import type { NumericGeneratorId } from './numeric-generators';
import type { NumericQuestion, Question } from './question-schema';

interface PublicBase {
  id: string;
  lesson: string;
  section: string;
  prompt: string;
  difficulty: Question['difficulty'];
  /** Hints are served one at a time (hintAt); the client only learns how many exist. */
  hintCount: number;
}

/** What the client may see before submitting: no correct answers, no explanations, no hints. */
export type PublicQuestion =
  | (PublicBase & { kind: 'single' | 'multiple'; options: { id: string; text: string }[] })
  | (PublicBase & { kind: 'true-false' })
  | (PublicBase & { kind: 'ordering'; items: { id: string; text: string }[] })
  | PublicNumericQuestion
  /**
   * Not its preset: presets are public with captions that state their outcome. The API serves the
   * question with the position and path to show (@liqlab/scenario's question-scenario.ts).
   */
  | (PublicBase & { kind: 'scenario' });

export type PublicNumericQuestion = PublicBase & {
  kind: 'numeric';
  generator: NumericGeneratorId;
  unit: string;
  tolerance: { kind: 'absolute' | 'relative'; value: string };
  /**
   * Present when served for an attempt (with a seed): the drawn parameters, and `prompt` is filled
   * with them. Without a seed the prompt is the template with its {{name}} placeholders.
   */
  params?: NumericParameters;
};

/** FNV-1a: a stable, seedless scramble so the served order of ordering items never reveals the answer. */
function scrambleKey(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Builds the public copy field by field (an allow-list), so a field added later cannot leak. With the
 * attempt's seed, a numeric question is served as that attempt's exercise (see publicNumericQuestion).
 */
export function toPublicQuestion(q: Question, attemptSeed?: string): PublicQuestion {
  const base: PublicBase = {
    id: q.id,
    lesson: q.lesson,
    section: q.section,
    prompt: q.prompt,
    difficulty: q.difficulty,
    hintCount: q.hints.length,
  };
  switch (q.kind) {
    case 'single':
    case 'multiple':
      return { ...base, kind: q.kind, options: q.options.map((o) => ({ id: o.id, text: o.text })) };
    case 'true-false':
      return { ...base, kind: q.kind };
    case 'ordering':
      return {
        ...base,
        kind: q.kind,
        items: q.items
          .map((i) => ({ id: i.id, text: i.text }))
          .sort((a, b) => scrambleKey(`${q.id}:${a.id}`) - scrambleKey(`${q.id}:${b.id}`)),
      };
    case 'numeric':
      return attemptSeed === undefined
        ? publicNumericTemplate(q, base)
        : publicNumericQuestion(q, attemptSeed);
    case 'scenario':
      return { ...base, kind: q.kind };
  }
}

function publicNumericTemplate(q: NumericQuestion, base: PublicBase): PublicNumericQuestion {
  return {
    ...base,
    kind: q.kind,
    generator: q.generator,
    unit: q.unit,
    tolerance: { kind: q.tolerance.kind, value: q.tolerance.value },
  };
}

/**
 * A numeric question as one attempt shows it: the prompt filled with the parameters drawn from the
 * seed, and the parameters themselves — never the answer or the worked solution. The server grades
 * with gradeNumericAnswer from the same (seed, question), so both sides see the same numbers.
 */
export function publicNumericQuestion(
  q: NumericQuestion,
  attemptSeed: string,
): PublicNumericQuestion & { params: NumericParameters } {
  const params = drawNumericParameters(q, attemptSeed);
  const base: PublicBase = {
    id: q.id,
    lesson: q.lesson,
    section: q.section,
    prompt: fillPrompt(q, params),
    difficulty: q.difficulty,
    hintCount: q.hints.length,
  };
  return { ...publicNumericTemplate(q, base), params: { ...params } };
}

/**
 * A question's prompt as a list shows it (the dashboard's review queue): a numeric prompt is filled
 * with the numbers the attempt with this seed drew, so the learner reads the question they missed,
 * not a template with gaps.
 */
export function promptAsServed(q: Question, attemptSeed: string): string {
  return q.kind === 'numeric' ? fillPrompt(q, drawNumericParameters(q, attemptSeed)) : q.prompt;
}

/** The hint revealed by the index-th click (0-based), or undefined when none are left. */
export function hintAt(q: Question, index: number): string | undefined {
  return Number.isInteger(index) && index >= 0 ? q.hints[index] : undefined;
}
