// Where a Lighthouse run's total blocking time comes from, task by task, as Lighthouse itself counts
// it. Under simulated throttling the TBT is not read off the trace: Lantern (Lighthouse's simulator)
// replays the page's main-thread tasks, each slowed down (4×, a task that lays out 2×), and sums what
// every simulated task spends past 50 ms between the simulated FCP and TTI. So a task can weigh far
// more, or nothing at all, compared with what a trace of the same load shows; this module redoes the
// same sum from the run's own artifacts and keeps each task's share.
import { Audit } from 'lighthouse/core/audits/audit.js';
import { LanternFirstContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-first-contentful-paint.js';
import { LanternInteractive } from 'lighthouse/core/computed/metrics/lantern-interactive.js';
import { LanternTotalBlockingTime } from 'lighthouse/core/computed/metrics/lantern-total-blocking-time.js';
import * as Lantern from 'lighthouse/core/lib/lantern/lantern.js';

// What a task's trace events are reported as: the kinds that explain a long task, in this order.
const KINDS = [
  ['CommitNavigation', 'DocumentLoader::CommitNavigation'],
  ['parse HTML', 'ParseHTML'],
  ['parse CSS', 'ParseAuthorStyleSheet'],
  ['run script', 'EvaluateScript'],
  ['compile', 'v8.compile'],
  ['callbacks', 'FunctionCall'],
  ['timers', 'TimerFire'],
  ['style', 'UpdateLayoutTree'],
  ['layout', 'Layout'],
  ['paint', 'Paint'],
  ['GC', 'MinorGC'],
  ['GC', 'MajorGC'],
];

/** What ran in a task: the observed milliseconds of each kind (≥ 1 ms), and the scripts it ran. */
function describeTask(node) {
  const byKind = new Map();
  for (const event of node.childEvents) {
    const kind = KINDS.find(([, name]) => name === event.name)?.[0];
    if (kind && event.dur) byKind.set(kind, (byKind.get(kind) ?? 0) + event.dur / 1000);
  }
  const scripts = new Set(
    node.childEvents
      .filter((event) => event.name === 'EvaluateScript' && event.args?.data?.url)
      .map((event) => new URL(event.args.data.url).pathname.split('/').pop() || '/'),
  );
  const kinds = [...byKind]
    .filter(([, ms]) => ms >= 1)
    .map(([kind, ms]) => `${kind} ${Math.round(ms)}`)
    .join(', ');
  return `${kinds || 'other'}${scripts.size ? ` [${[...scripts].join(' ')}]` : ''}`;
}

/**
 * The simulated tasks that add to a run's TBT, in simulated order: when each starts (ms after the
 * navigation) and how long it lasts in the optimistic simulation, how long it lasted as observed, its
 * share of the TBT (the mean of Lantern's optimistic and pessimistic estimates, as the reported TBT
 * is) and what ran in it.
 * `result` is what `lighthouse()` resolves to: its `lhr` and its `artifacts`.
 */
export async function blockingTimeByTask({ lhr, artifacts }) {
  const context = { computedCache: new Map(), settings: lhr.configSettings, options: {} };
  const data = Audit.makeMetricComputationDataInput(artifacts, context);
  const tbt = await LanternTotalBlockingTime.request(data, context);
  const fcp = await LanternFirstContentfulPaint.request(data, context);
  const tti = await LanternInteractive.request(data, context);
  // As Lantern's TotalBlockingTime does: the optimistic estimate counts from the pessimistic FCP
  // to the optimistic TTI, the pessimistic one from the optimistic FCP to the pessimistic TTI.
  const estimates = [
    {
      timings: tbt.optimisticEstimate.nodeTimings,
      from: fcp.pessimisticEstimate.timeInMs,
      to: tti.optimisticEstimate.timeInMs,
    },
    {
      timings: tbt.pessimisticEstimate.nodeTimings,
      from: fcp.optimisticEstimate.timeInMs,
      to: tti.pessimisticEstimate.timeInMs,
    },
  ];
  const tasks = new Map();
  for (const { timings, from, to } of estimates) {
    for (const [node, timing] of timings) {
      if (node.type !== 'cpu') continue;
      const event = { start: timing.startTime, end: timing.endTime, duration: timing.duration };
      const share = Lantern.Metrics.TBTUtils.calculateTbtImpactForEvent(event, from, to);
      const task = tasks.get(node) ?? { start: timing.startTime, simulated: timing.duration, share: 0 };
      task.share += share / estimates.length;
      tasks.set(node, task);
    }
  }
  return [...tasks]
    .filter(([, task]) => task.share >= 1)
    .sort(([, a], [, b]) => a.start - b.start)
    .map(([node, task]) => ({
      start: Math.round(task.start),
      simulated: Math.round(task.simulated),
      observed: Math.round(node.event.dur / 1000),
      share: Math.round(task.share),
      what: describeTask(node),
    }));
}
