import { describe, expect, it } from 'vitest';
import { type ReviewCardState, scheduleAfterAnswer } from './review-scheduler';

const now = new Date('2026-03-10T12:00:00Z');
const DAY = 86_400_000;

function missed(at = now): ReviewCardState {
  const card = scheduleAfterAnswer(null, false, at);
  if (!card) throw new Error('a miss always creates a card');
  return card;
}

describe('scheduleAfterAnswer', () => {
  it('creates a card for a missed question, due on a later day', () => {
    const card = missed();
    expect(card.due.getTime()).toBeGreaterThan(now.getTime());
    expect(card.due.getTime() - now.getTime()).toBeLessThanOrEqual(2 * DAY);
    expect(card.reps).toBe(1);
    expect(card.lastReview).toEqual(now);
  });

  it('writes nothing for a correct answer to a question not under review', () => {
    expect(scheduleAfterAnswer(null, true, now)).toBeNull();
  });

  it('pushes a card further out after a correct review (Good)', () => {
    const card = missed();
    const good = scheduleAfterAnswer(card, true, card.due)!;
    expect(good.due.getTime() - card.due.getTime()).toBeGreaterThan(card.due.getTime() - now.getTime());
    expect(good.reps).toBe(2);
    const better = scheduleAfterAnswer(good, true, good.due)!;
    expect(better.due.getTime() - good.due.getTime()).toBeGreaterThan(
      good.due.getTime() - card.due.getTime(),
    );
  });

  it('brings it back soon after another miss, counting the lapse', () => {
    const card = missed();
    const good = scheduleAfterAnswer(card, true, card.due)!;
    const again = scheduleAfterAnswer(good, false, good.due)!;
    expect(again.lapses).toBe(good.lapses + 1);
    expect(again.due.getTime() - good.due.getTime()).toBeLessThan(good.due.getTime() - card.due.getTime());
  });

  it('is deterministic: the same answers at the same instants give the same schedule', () => {
    const run = () => {
      const card = missed();
      return scheduleAfterAnswer(
        scheduleAfterAnswer(card, true, card.due)!,
        true,
        new Date(card.due.getTime() + 3 * DAY),
      );
    };
    expect(run()).toEqual(run());
  });
});
