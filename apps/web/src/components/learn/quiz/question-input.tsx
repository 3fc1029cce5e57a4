'use client';

import { useId } from 'react';
import { ReaderText, useReaderText } from '~/components/ui/reader-text';
import { type Draft, moveItem, toggleOption } from './quiz-answer-state';
import type { ServedQuestion } from './quiz-types';
import { SCENARIO_OUTCOME_LABELS, SCENARIO_OUTCOME_ORDER } from './scenario-outcome-labels';
import { ScenarioPathChart } from './scenario-path-chart';

const choice =
  'flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 p-3 has-[:checked]:border-safe has-[:checked]:bg-safe/5 has-[:disabled]:cursor-default dark:border-slate-700';

/** The answer controls for every question kind; all are native form controls, so keyboard use is built in. */
export function QuestionInput({
  question,
  draft,
  onChange,
  disabled,
}: {
  question: ServedQuestion;
  draft: Draft;
  onChange: (draft: Draft) => void;
  disabled: boolean;
}) {
  const name = useId();
  const read = useReaderText();
  if (question.kind === 'single' && draft.kind === 'single') {
    return (
      <fieldset className="space-y-2" disabled={disabled}>
        <legend className="sr-only">Choose one answer</legend>
        {question.options.map((o) => (
          <label key={o.id} className={choice}>
            <input
              type="radio"
              name={name}
              className="mt-1 h-4 w-4 accent-safe"
              checked={draft.optionId === o.id}
              onChange={() => onChange({ kind: 'single', optionId: o.id })}
            />
            <span>
              <ReaderText text={o.text} />
            </span>
          </label>
        ))}
      </fieldset>
    );
  }
  if (question.kind === 'multiple' && draft.kind === 'multiple') {
    return (
      <fieldset className="space-y-2" disabled={disabled}>
        <legend className="text-sm text-slate-600 dark:text-slate-400">
          Choose every answer that applies
        </legend>
        {question.options.map((o) => (
          <label key={o.id} className={choice}>
            <input
              type="checkbox"
              className="mt-1 h-4 w-4 accent-safe"
              checked={draft.optionIds.includes(o.id)}
              onChange={() => onChange({ kind: 'multiple', optionIds: toggleOption(draft.optionIds, o.id) })}
            />
            <span>
              <ReaderText text={o.text} />
            </span>
          </label>
        ))}
      </fieldset>
    );
  }
  if (question.kind === 'true-false' && draft.kind === 'true-false') {
    return (
      <fieldset className="grid grid-cols-2 gap-2" disabled={disabled}>
        <legend className="sr-only">True or false</legend>
        {([true, false] as const).map((value) => (
          <label key={String(value)} className={choice}>
            <input
              type="radio"
              name={name}
              className="mt-1 h-4 w-4 accent-safe"
              checked={draft.value === value}
              onChange={() => onChange({ kind: 'true-false', value })}
            />
            <span>{value ? 'True' : 'False'}</span>
          </label>
        ))}
      </fieldset>
    );
  }
  if (question.kind === 'ordering' && draft.kind === 'ordering') {
    const text = new Map(question.items.map((i) => [i.id, read(i.text)]));
    return (
      <div>
        <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
          Put the steps in order with the move buttons (first at the top).
        </p>
        <ol className="space-y-2">
          {draft.order.map((id, index) => (
            <li
              key={id}
              className="flex items-center gap-2 rounded-lg border border-slate-200 p-2 dark:border-slate-700"
            >
              <span className="w-6 text-center text-sm" aria-hidden="true">
                {index + 1}.
              </span>
              <span className="flex-1">{text.get(id)}</span>
              <button
                type="button"
                disabled={disabled || index === 0}
                aria-label={`Move “${text.get(id)}” up`}
                onClick={() => onChange({ kind: 'ordering', order: moveItem(draft.order, index, -1) })}
                className="min-h-10 min-w-10 rounded-md border border-slate-300 px-2 disabled:opacity-40 dark:border-slate-600"
              >
                ↑
              </button>
              <button
                type="button"
                disabled={disabled || index === draft.order.length - 1}
                aria-label={`Move “${text.get(id)}” down`}
                onClick={() => onChange({ kind: 'ordering', order: moveItem(draft.order, index, 1) })}
                className="min-h-10 min-w-10 rounded-md border border-slate-300 px-2 disabled:opacity-40 dark:border-slate-600"
              >
                ↓
              </button>
            </li>
          ))}
        </ol>
      </div>
    );
  }
  if (question.kind === 'numeric' && draft.kind === 'numeric') {
    return (
      <div>
        <label htmlFor={name} className="block text-sm font-normal">
          Your answer
        </label>
        <div className="mt-1 flex items-center gap-2">
          <input
            id={name}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            disabled={disabled}
            value={draft.value}
            onChange={(e) => onChange({ kind: 'numeric', value: e.target.value })}
            className="w-48 rounded-md border border-slate-300 bg-white px-3 py-2 tabular-nums dark:border-slate-700 dark:bg-slate-900"
          />
          <span className="text-sm">{question.unit}</span>
        </div>
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          Accepted within{' '}
          {question.tolerance.kind === 'absolute'
            ? `±${question.tolerance.value} ${question.unit}`
            : `±${Number(question.tolerance.value) * 100}%`}
          .
        </p>
      </div>
    );
  }
  if (question.kind === 'scenario' && draft.kind === 'scenario') {
    return (
      <div className="space-y-3">
        <ScenarioPathChart scenario={question.scenario} />
        <fieldset className="grid grid-cols-1 gap-2" disabled={disabled}>
          <legend className="mb-2 text-sm font-normal">How does the position end along this path?</legend>
          {SCENARIO_OUTCOME_ORDER.map((outcome) => (
            <label key={outcome} className={choice}>
              <input
                type="radio"
                name={name}
                className="mt-1 h-4 w-4 accent-safe"
                checked={draft.outcome === outcome}
                onChange={() => onChange({ kind: 'scenario', outcome })}
              />
              <span>{SCENARIO_OUTCOME_LABELS[outcome].option}</span>
            </label>
          ))}
        </fieldset>
      </div>
    );
  }
  return null;
}
