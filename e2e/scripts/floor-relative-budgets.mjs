// How `pnpm lighthouse` judges a page: against the framework floor measured in the same run.
//
// Lighthouse's simulated throttling multiplies the host's own main-thread time, and these shared
// 2-core hosts change speed from minute to minute (benchmark index 1,200–2,900 seen), so an absolute
// performance score says more about the host than about the page. What the app adds over a bare
// Next.js page built with the same Next and React does not move with the host: that is what is judged.

/** Allowed distance from the floor, per page: performance points below it, TBT milliseconds above it. */
export const FLOOR_BUDGETS = {
  home: { points: 3, tbtMs: 150 },
  lesson: { points: 3, tbtMs: 150 },
  'shared scenario': { points: 3, tbtMs: 150 },
  // The sandbox hydrates a whole calculator on load; it gets twice the room.
  sandbox: { points: 6, tbtMs: 300 },
};

/** Budgets that do not depend on host speed, judged on their own. */
export const ABSOLUTE_BUDGETS = { accessibility: 100, 'best-practices': 95 };

/** The median of an odd number of values (the runner refuses an even run count). */
export function median(values) {
  if (values.length === 0 || values.length % 2 === 0) {
    throw new Error(`median needs an odd, non-zero number of values, got ${values.length}`);
  }
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[(sorted.length - 1) / 2];
}

const categoryScore = (lhr, id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);

/**
 * One page's runs reduced to medians. Each figure is the median of its own column (the run with the
 * median score need not be the run with the median TBT), and the host's benchmark index is kept as a
 * range, so a reader can see how fast the host was while this page was measured.
 */
export function summarizeRuns(lhrs) {
  const tbts = lhrs.map((lhr) => lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN);
  if (tbts.some((tbt) => !Number.isFinite(tbt))) throw new Error('a run has no total-blocking-time');
  const indexes = lhrs.map((lhr) => lhr.environment?.benchmarkIndex).filter(Number.isFinite);
  return {
    performance: median(lhrs.map((lhr) => categoryScore(lhr, 'performance'))),
    performanceRuns: lhrs.map((lhr) => categoryScore(lhr, 'performance')),
    tbtMs: Math.round(median(tbts)),
    accessibility: median(lhrs.map((lhr) => categoryScore(lhr, 'accessibility'))),
    bestPractices: median(lhrs.map((lhr) => categoryScore(lhr, 'best-practices'))),
    benchmarkIndex: indexes.length ? [Math.min(...indexes), Math.max(...indexes)] : null,
  };
}

/**
 * A page's medians against the floor's. Returns the differences (negative points: below the floor;
 * positive TBT: more blocking than the floor) and every budget it misses, in words.
 */
export function judgeAgainstFloor(pageName, page, floor) {
  const budget = FLOOR_BUDGETS[pageName];
  if (!budget) throw new Error(`no floor budget for page "${pageName}"`);
  const pointsOverFloor = page.performance - floor.performance;
  const tbtOverFloorMs = page.tbtMs - floor.tbtMs;
  const misses = [];
  if (pointsOverFloor < -budget.points) {
    misses.push(
      `performance ${page.performance} is ${-pointsOverFloor} points below the floor's ${floor.performance} (allowed ${budget.points})`,
    );
  }
  if (tbtOverFloorMs > budget.tbtMs) {
    misses.push(
      `TBT ${page.tbtMs} ms is ${tbtOverFloorMs} ms above the floor's ${floor.tbtMs} ms (allowed ${budget.tbtMs})`,
    );
  }
  if (page.accessibility < ABSOLUTE_BUDGETS.accessibility) {
    misses.push(`accessibility ${page.accessibility} < ${ABSOLUTE_BUDGETS.accessibility}`);
  }
  if (page.bestPractices < ABSOLUTE_BUDGETS['best-practices']) {
    misses.push(`best practices ${page.bestPractices} < ${ABSOLUTE_BUDGETS['best-practices']}`);
  }
  return { pointsOverFloor, tbtOverFloorMs, misses };
}
