import { workedFigureText } from '@liqlab/content/quizzes/worked-solution';
import type { Ref } from 'react';
import { AppLink } from '~/components/ui/app-link';
import { useReaderText } from '~/components/ui/reader-text';
import { useNumberFormat } from '~/lib/use-number-format';
import type { GradedAnswer, ServedQuestion } from './quiz-types';
import { SCENARIO_OUTCOME_LABELS } from './scenario-outcome-labels';
import { WorkedSolutionSteps } from './worked-solution-steps';

/** The verdict, the right answer and the explanation of every option, with a link to the section that teaches it. */
export function AnswerFeedback({
  question,
  graded,
  ref,
}: {
  question: ServedQuestion;
  graded: GradedAnswer;
  /** Takes focus when the verdict arrives (tabIndex -1: focusable by script, not a tab stop). */
  ref?: Ref<HTMLDivElement>;
}) {
  const { correctAnswer, explanations } = graded;
  const { precision } = useNumberFormat();
  const read = useReaderText();
  const itemText =
    question.kind === 'ordering' ? new Map(question.items.map((i) => [i.id, read(i.text)])) : undefined;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      data-testid="answer-feedback"
      data-correct={graded.correct}
      className={`space-y-3 rounded-lg border-l-4 p-4 ${graded.correct ? 'border-safe bg-safe/5' : 'border-danger bg-danger/5'}`}
    >
      <p className="font-semibold">{graded.correct ? '✓ Correct' : '✕ Not quite'}</p>
      {correctAnswer.kind === 'numeric' ? (
        <p>
          The answer is{' '}
          <strong className="tabular-nums" data-testid="correct-answer">
            {workedFigureText(correctAnswer.figure, precision)}
          </strong>{' '}
          {correctAnswer.unit}.
        </p>
      ) : null}
      {correctAnswer.kind === 'scenario' ? (
        <p>The position {SCENARIO_OUTCOME_LABELS[correctAnswer.outcome].verdict}.</p>
      ) : null}
      {correctAnswer.kind === 'true-false' ? (
        <p>The statement is {correctAnswer.value ? 'true' : 'false'}.</p>
      ) : null}
      {correctAnswer.kind === 'ordering' && itemText ? (
        <div>
          <p>The right order:</p>
          <ol className="list-decimal pl-6">
            {correctAnswer.order.map((id) => (
              <li key={id}>{itemText.get(id) ?? id}</li>
            ))}
          </ol>
        </div>
      ) : null}
      {explanations.kind === 'options' ? (
        <ul className="space-y-2" data-testid="option-explanations">
          {explanations.options.map((o) => (
            <li key={o.id} className="text-sm">
              <span className={`font-normal ${o.correct ? 'text-safe' : 'text-danger'}`}>
                {o.correct ? '✓' : '✕'} {read(o.text)}
              </span>
              {o.chosen ? (
                <span className="ml-1 text-xs text-slate-600 dark:text-slate-400">(your choice)</span>
              ) : null}
              <span className="block text-slate-700 dark:text-slate-300">{read(o.explanation)}</span>
            </li>
          ))}
        </ul>
      ) : explanations.kind === 'true-false' ? (
        <ul className="space-y-1 text-sm">
          <li>
            <strong>True:</strong> {read(explanations.true)}
          </li>
          <li>
            <strong>False:</strong> {read(explanations.false)}
          </li>
        </ul>
      ) : (
        <>
          {explanations.workedSolution ? <WorkedSolutionSteps steps={explanations.workedSolution} /> : null}
          <p className="text-sm">{read(explanations.text)}</p>
        </>
      )}
      {/* Built here from lesson + section: the lesson route is /learn/<slug>. */}
      <AppLink
        href={`/learn/${graded.lessonLink.lesson}#${graded.lessonLink.section}`}
        className="inline-block text-sm font-normal text-safe underline"
      >
        Read this part of the lesson again →
      </AppLink>
    </div>
  );
}
