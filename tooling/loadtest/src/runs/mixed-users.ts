import { mutation, page, type Session, scenarioInput, signInGuest } from '../http-client';
import { ErrorTally, percentiles } from '../latency';

const LESSONS = [
  'leverage-and-margin',
  'margin-exhaustion-and-forced-liquidation',
  'borrowed-fund-margin',
  'contract-margin-futures-and-perpetuals',
];

interface ServedQuestion {
  id: string;
  kind: 'single' | 'multiple' | 'true-false' | 'ordering' | 'numeric' | 'scenario';
  options?: { id: string }[];
  items?: { id: string }[];
}

/** Some answer of the question's kind (right or wrong does not matter to the server's load). */
function answerFor(question: ServedQuestion) {
  switch (question.kind) {
    case 'single':
      return { kind: 'single', optionId: question.options?.[0]?.id ?? 'a' };
    case 'multiple':
      return { kind: 'multiple', optionIds: [question.options?.[0]?.id ?? 'a'] };
    case 'true-false':
      return { kind: 'true-false', value: true };
    case 'ordering':
      return { kind: 'ordering', order: (question.items ?? []).map((item) => item.id) };
    case 'numeric':
      return { kind: 'numeric', value: '1000' };
    default:
      return { kind: 'scenario', outcome: 'open' };
  }
}

/**
 * `users` virtual users, each with its own guest session, looping for `durationSeconds`: read a lesson
 * page, start its quiz and answer one question, save a scenario, pause (think time), again.
 */
export async function mixedUsers(options: {
  baseUrl: string;
  users: number;
  durationSeconds: number;
  thinkTimeMs: number;
  memory: () => { appMiB: number; nextMiB: number; postgresMiB: number };
}) {
  const { baseUrl, users, durationSeconds, thinkTimeMs } = options;
  const sessions: Session[] = [];
  for (let i = 0; i < users; i++) sessions.push(await signInGuest(baseUrl));
  const memoryAtStart = options.memory();
  // Resident memory every 10 s: a leak shows as a rise that continues after the first minute's warm-up.
  const started = performance.now();
  const memorySeries: { atSeconds: number; nextMiB: number; postgresMiB: number }[] = [];
  const sampleMemory = () => {
    const { nextMiB, postgresMiB } = options.memory();
    memorySeries.push({ atSeconds: Math.round((performance.now() - started) / 1000), nextMiB, postgresMiB });
  };
  sampleMemory();
  const sampler = setInterval(sampleMemory, 10_000);
  const latency: Record<'lesson' | 'quizStart' | 'answer' | 'save', number[]> = {
    lesson: [],
    quizStart: [],
    answer: [],
    save: [],
  };
  const errors = new ErrorTally();
  const deadline = performance.now() + durationSeconds * 1000;
  let iterations = 0;
  const timed = async <T>(kind: keyof typeof latency, run: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const value = await run();
    latency[kind].push(performance.now() - start);
    return value;
  };
  const user = async (index: number) => {
    const session = sessions[index]!;
    let n = 0;
    // Staggered start, so 200 users do not all arrive in the same millisecond.
    await new Promise((resolve) => setTimeout(resolve, (index * thinkTimeMs) / users));
    while (performance.now() < deadline) {
      const lesson = LESSONS[(index + n) % LESSONS.length]!;
      try {
        await timed('lesson', () => page(baseUrl, session, `/learn/${lesson}`));
        const quiz = await timed('quizStart', () =>
          mutation<{ attemptId: string; questions: ServedQuestion[] }>(baseUrl, session, 'quiz.start', {
            quizId: lesson,
          }),
        );
        const question = quiz.questions[0];
        if (question) {
          await timed('answer', () =>
            mutation(baseUrl, session, 'quiz.answer', {
              attemptId: quiz.attemptId,
              questionId: question.id,
              answer: answerFor(question),
            }),
          );
        }
        await timed('save', () =>
          mutation(baseUrl, session, 'scenario.create', scenarioInput(`mixed ${index}.${n}`)),
        );
        iterations++;
      } catch (error) {
        errors.add(error);
      }
      n++;
      await new Promise((resolve) => setTimeout(resolve, thinkTimeMs));
    }
  };
  await Promise.all(Array.from({ length: users }, (_, i) => user(i)));
  clearInterval(sampler);
  sampleMemory();
  const requests = Object.values(latency).reduce((sum, list) => sum + list.length, 0);
  return {
    users,
    durationSeconds,
    iterations,
    requests,
    requestsPerSecond: Math.round((requests / durationSeconds) * 10) / 10,
    errors: errors.total,
    errorKinds: errors.top(),
    latencyMs: Object.fromEntries(Object.entries(latency).map(([kind, list]) => [kind, percentiles(list)])),
    memoryAtStart,
    memoryAtEnd: options.memory(),
    memorySeries,
    nextMemoryAfterWarmUp: memoryTrend(memorySeries),
  };
}

/**
 * Next's resident memory after the first minute (warm-up: code loaded, pools and caches filled): the
 * median sample of the second minute against the median of the last minute. A single sample swings
 * by tens of MiB with garbage collection, so the highest of a minute says more about when the
 * collector last ran than about a trend. Flat or falling means no leak at this load; a leak rises
 * steadily and moves the median with it.
 */
function memoryTrend(series: { atSeconds: number; nextMiB: number }[]) {
  const end = series.at(-1)?.atSeconds ?? 0;
  if (end < 180) return { note: 'needs a run of at least 3 minutes' };
  const median = (from: number, to: number) => {
    const values = series
      .filter((s) => s.atSeconds >= from && s.atSeconds <= to)
      .map((s) => s.nextMiB)
      .sort((a, b) => a - b);
    const middle = Math.floor(values.length / 2);
    return values.length % 2 === 1 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
  };
  const secondMinuteMiB = median(60, 120);
  const lastMinuteMiB = median(end - 60, end);
  return {
    secondMinuteMiB,
    lastMinuteMiB,
    changeMiB: Math.round((lastMinuteMiB - secondMinuteMiB) * 10) / 10,
  };
}
