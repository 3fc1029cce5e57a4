import { type Card, createEmptyCard, fsrs, generatorParameters, Rating, type State } from 'ts-fsrs';

/** The scheduling state of one review card, as stored (no Prisma type). */
export interface ReviewCardState {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
}

/**
 * FSRS with fuzz off (the same answers at the same instants always give the same schedule, which
 * the tests rely on) and short-term steps off: a missed quiz question comes back on a later day,
 * not ten minutes later inside the same sitting, and no learning-step counter needs storing.
 */
const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false }));

function toCard(state: ReviewCardState): Card {
  return {
    due: state.due,
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: 0,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state as State,
    ...(state.lastReview ? { last_review: state.lastReview } : {}),
  };
}

function fromCard(card: Card): ReviewCardState {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

/**
 * The card after one answer at `now`: a miss rates Again (creating the card when the question was
 * not under review yet); a correct answer rates Good — but only for a question already under
 * review, so `null` means "no card to write".
 */
export function scheduleAfterAnswer(
  card: ReviewCardState | null,
  correct: boolean,
  now: Date,
): ReviewCardState | null {
  if (!card && correct) return null;
  const current = card ? toCard(card) : createEmptyCard(now);
  return fromCard(scheduler.next(current, now, correct ? Rating.Good : Rating.Again).card);
}
