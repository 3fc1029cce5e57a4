import type { ScenarioOutcome } from '@liqlab/content/quizzes/question-schema';
import type { Answer, ServedQuestion } from './quiz-types';

/** What the learner has entered so far for one question, before it becomes an Answer. */
export type Draft =
  | { kind: 'single'; optionId: string | null }
  | { kind: 'multiple'; optionIds: string[] }
  | { kind: 'true-false'; value: boolean | null }
  | { kind: 'ordering'; order: string[] }
  | { kind: 'numeric'; value: string }
  | { kind: 'scenario'; outcome: ScenarioOutcome | null };

export function initialDraft(question: ServedQuestion): Draft {
  switch (question.kind) {
    case 'single':
      return { kind: 'single', optionId: null };
    case 'multiple':
      return { kind: 'multiple', optionIds: [] };
    case 'true-false':
      return { kind: 'true-false', value: null };
    case 'ordering':
      // Served in a scrambled order that never reveals the answer; the learner starts from it.
      return { kind: 'ordering', order: question.items.map((item) => item.id) };
    case 'numeric':
      return { kind: 'numeric', value: '' };
    case 'scenario':
      return { kind: 'scenario', outcome: null };
  }
}

const PLAIN_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Thousands separators and spaces are how people type money; the API wants a plain decimal. */
export function normaliseNumericInput(text: string): string {
  return text.trim().replace(/[\s,_\u2009]/g, '');
}

/** The Answer to submit, or a reason the draft is not ready yet. */
export function toAnswer(draft: Draft): { ok: true; answer: Answer } | { ok: false; reason: string } {
  switch (draft.kind) {
    case 'single':
      return draft.optionId === null
        ? { ok: false, reason: 'Choose an answer.' }
        : { ok: true, answer: { kind: 'single', optionId: draft.optionId } };
    case 'multiple':
      return draft.optionIds.length === 0
        ? { ok: false, reason: 'Choose at least one answer.' }
        : { ok: true, answer: { kind: 'multiple', optionIds: draft.optionIds } };
    case 'true-false':
      return draft.value === null
        ? { ok: false, reason: 'Choose true or false.' }
        : { ok: true, answer: { kind: 'true-false', value: draft.value } };
    case 'ordering':
      return { ok: true, answer: { kind: 'ordering', order: draft.order } };
    case 'numeric': {
      const value = normaliseNumericInput(draft.value);
      if (value === '') return { ok: false, reason: 'Enter a number.' };
      if (!PLAIN_DECIMAL.test(value)) return { ok: false, reason: 'Enter a plain number such as 54271.36.' };
      return { ok: true, answer: { kind: 'numeric', value } };
    }
    case 'scenario':
      return draft.outcome === null
        ? { ok: false, reason: 'Choose how the position ends.' }
        : { ok: true, answer: { kind: 'scenario', outcome: draft.outcome } };
  }
}

/** Moves the item at `index` one place up (−1) or down (+1); out-of-range moves change nothing. */
export function moveItem(order: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  if (index < 0 || index >= order.length || target < 0 || target >= order.length) return [...order];
  const next = [...order];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

export function toggleOption(selected: readonly string[], id: string): string[] {
  return selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id];
}
