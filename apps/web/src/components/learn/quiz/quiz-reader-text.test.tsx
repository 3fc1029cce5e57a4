import { allQuestions } from '@liqlab/content/quizzes/course';
import { toPublicQuestion } from '@liqlab/content/quizzes/public-question';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { QuestionInput } from './question-input';
import { QuestionSession } from './question-session';
import { initialDraft } from './quiz-answer-state';
import type { ServedQuestion } from './quiz-types';

const MARKS = /[\uE000-\uE002]/;
const served = (id: string) =>
  toPublicQuestion(allQuestions.find((q) => q.id === id)!, 'seed') as ServedQuestion;
const never = () => Promise.reject(new Error('not in this test'));

describe('a quiz question’s money amounts', () => {
  it('read in the one number format in the prompt and the options, with nothing of the marks', () => {
    const question = served('l00-market-or-limit');
    const html = renderToStaticMarkup(
      <>
        <QuestionSession
          questions={[question]}
          grade={never}
          revealHint={never}
          onComplete={() => {}}
          completeLabel="Done"
        />
        <QuestionInput
          question={question}
          draft={initialDraft(question)}
          onChange={() => {}}
          disabled={false}
        />
      </>,
    );
    expect(html).not.toMatch(MARKS);
    // The server's default places; the reader's own apply after hydration (display-precision e2e).
    expect(html).toContain('0.2 BTC at 60,000.00 and 0.3 BTC at 60,010.00');
    expect(html).toContain('You get all 0.4 BTC at 60,000.00.');
  });

  it('a numeric prompt shows its drawn money parameter the same way, and its quantity as drawn', () => {
    const question = { ...allQuestions.find((q) => q.id === 'l01-notional-value')! };
    if (question.kind !== 'numeric') throw new Error('numeric');
    const pinned = { ...question, fixed: { entryPrice: '58350.5', quantity: '0.125' } };
    const html = renderToStaticMarkup(
      <QuestionSession
        questions={[toPublicQuestion(pinned, 'seed') as ServedQuestion]}
        grade={never}
        revealHint={never}
        onComplete={() => {}}
        completeLabel="Done"
      />,
    );
    expect(html).toContain('0.125 BTC at 58,350.50 USDT');
  });
});
