import { describe, expect, it } from 'vitest';
import { allQuestions } from './course';

/** Figures of four or more digits ("54,271", "57000"): the ones that can be an answer. */
function largeFigures(text: string): string[] {
  return [...text.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{4,}(?:\.\d+)?/g)].map((m) =>
    m[0].replace(/,/g, ''),
  );
}

describe('quiz questions do not give their answers away', () => {
  it('a numeric question’s explanation states the method, not figures from some other example', () => {
    for (const q of allQuestions) {
      if (q.kind !== 'numeric') continue;
      // The worked solution shows the learner's own numbers; a figure here would be someone else's.
      const figures = [...q.explanation.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0]);
      expect(
        figures.filter((f) => !['0', '1', '2', '100', '365'].includes(f)),
        q.id,
      ).toEqual([]);
    }
  });

  it('a scenario prompt or hint never names a figure the learner is asked to work out', () => {
    for (const q of allQuestions) {
      if (q.kind !== 'scenario') continue;
      expect(q.prompt, q.id).not.toMatch(/liquidation (price )?(≈|is|near|about)/i);
      const given = new Set(largeFigures(q.prompt));
      for (const hint of q.hints) {
        const revealed = largeFigures(hint).filter((f) => !given.has(f));
        // A figure a hint adds is a step toward the answer (a margin), never the liquidation price.
        for (const figure of revealed)
          expect(q.explanation, `${q.id}: "${hint}"`).not.toContain(Number(figure).toLocaleString('en-US'));
      }
    }
  });

  it('no hint of a single-choice question quotes its correct option', () => {
    for (const q of allQuestions) {
      if (q.kind !== 'single') continue;
      const correct = q.options.find((o) => o.id === q.correct)!.text.toLowerCase();
      for (const hint of q.hints)
        expect(correct.includes(hint.toLowerCase()), `${q.id}: ${hint}`).toBe(false);
      for (const hint of q.hints)
        expect(hint.toLowerCase().includes(correct), `${q.id}: ${hint}`).toBe(false);
    }
  });

  it('no hint states the answer outright ("The answer is …", "It is …")', () => {
    for (const q of allQuestions) {
      for (const hint of q.hints) expect(hint, q.id).not.toMatch(/^(the answer is|it is \d)/i);
    }
  });
});
