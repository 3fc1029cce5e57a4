// Lighthouse budgets (`pnpm lighthouse`, run on demand; not part of `pnpm check`).
//
// Builds and serves the framework floor (tooling/lighthouse-floor: a bare static Next.js page on this
// repository's Next and React, no app code), starts the production build on a throw-away embedded
// database (as playwright.config.ts does), launches Debian's Chromium with a DevTools port, and audits
// the floor, the home page, a lesson, the sandbox and a shared scenario with Lighthouse's defaults
// (mobile emulation, simulated throttling). Pages are interleaved round by round (floor, home, lesson,
// sandbox, shared, repeat) so that every comparison shares the host's state of the moment; each page
// is reduced to the medians of LIQLAB_LIGHTHOUSE_RUNS rounds (5) and judged against the floor's medians
// (floor-relative-budgets.mjs). Also measures the lesson page's first-load JavaScript: the gzip size of
// the scripts its HTML loads. Prints a table; exits 1 when a budget fails.
// LIQLAB_LIGHTHOUSE_REPORTS=<dir> keeps every run's report there (JSON, for its audit details).
// LIQLAB_LIGHTHOUSE_BASELINE=<origin> also audits the same app pages on another server already running
// (another build: say, main before a change), each right after its page in every round, and prints
// them as "<page> (baseline)" rows: a before/after that shares the host's state, never judged.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { scratchDir, startProcess, startProductionApp, stopAll, waitFor } from './child-processes.mjs';
import { FLOOR_BUDGETS, judgeAgainstFloor, summarizeRuns } from './floor-relative-budgets.mjs';
import { blockingTimeByTask } from './lantern-blocking-time.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const LESSON_FIRST_LOAD_JS_BUDGET = 150 * 1024; // gzip bytes
const LESSON = 'leverage-and-margin';
// Lighthouse's scores swing by several points between runs of the same page (its docs: run it several
// times and take the median). Every page runs once per round, RUNS rounds.
const RUNS = Number(process.env.LIQLAB_LIGHTHOUSE_RUNS ?? 5);
if (!Number.isInteger(RUNS) || RUNS < 1 || RUNS % 2 === 0)
  throw new Error(
    `LIQLAB_LIGHTHOUSE_RUNS must be an odd whole number ≥ 1, got "${process.env.LIQLAB_LIGHTHOUSE_RUNS}"`,
  );

const e2eDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const floorDir = path.join(e2eDir, '..', 'tooling', 'lighthouse-floor');
const port = Number(process.env.LIQLAB_LIGHTHOUSE_PORT ?? 3650);
const debuggingPort = Number(process.env.LIQLAB_LIGHTHOUSE_DEBUGGING_PORT ?? port + 1);
const floorPort = port + 2;
const chromiumPath = process.env.LIQLAB_CHROMIUM_PATH ?? '/usr/bin/chromium';
let baseURL;

/** A shared scenario to audit: the first curated one in the gallery (seeded at every start). */
async function sharedScenarioPath() {
  const html = await (await fetch(`${baseURL}/gallery`)).text();
  const slug = html.match(/href="\/s\/([A-Za-z0-9_-]+)"/)?.[1];
  if (!slug) throw new Error('The gallery lists no scenario to audit.');
  return `/s/${slug}`;
}

/**
 * Next.js's "first-load JS": every <script src> in the page's HTML, each gzipped (default level),
 * the ones served inert until the first paint included (they load right after it).
 * `nomodule` scripts (Next's legacy polyfills) are left out: modern browsers never download them.
 */
async function firstLoadJs(pagePath) {
  const html = await (await fetch(`${baseURL}${pagePath}`)).text();
  const tags = [...html.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/\snomodule\b/i.test(tag));
  const sources = [...new Set(tags.map((tag) => tag.match(/\ssrc="([^"]+)"/)?.[1]).filter(Boolean))];
  let raw = 0;
  let gzip = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, baseURL))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  return { files: sources.length, raw, gzip };
}

/** Scripts Lighthouse saw the page load (including lazily imported chunks), as transferred. */
function loadedScripts(lhr) {
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  const scripts = items.filter((item) => item.resourceType === 'Script');
  return {
    files: scripts.length,
    transfer: scripts.reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
    resource: scripts.reduce((sum, item) => sum + (item.resourceSize ?? 0), 0),
  };
}

/** One Lighthouse run (its report and artifacts); a trace-recording hiccup (NO_NAVSTART and the like) is retried twice. */
async function audit(url) {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, {
      port: debuggingPort,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    const error = result
      ? result.lhr.runtimeError
      : { code: 'NO_RESULT', message: 'Lighthouse returned nothing' };
    if (!error) return result;
    if (attempt === 3) throw new Error(`${url}: ${error.code} ${error.message}`);
    console.log(`${url}: ${error.code}, running it again`);
  }
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/** The floor page, built afresh each run (about 10 s) so it always uses the installed Next and React. */
async function startFloor() {
  console.log('Building the framework floor (tooling/lighthouse-floor) …');
  const build = startProcess('pnpm', ['--dir', floorDir, 'floor:build'], { cwd: floorDir, env: process.env });
  const code = await new Promise((resolve) => build.once('exit', resolve));
  if (code !== 0) throw new Error(`The floor build failed:\n${build.log.join('')}`);
  const floor = startProcess(
    'pnpm',
    ['--dir', floorDir, 'floor:start', '--port', String(floorPort), '--hostname', '127.0.0.1'],
    {
      cwd: floorDir,
      env: process.env,
    },
  );
  const floorURL = `http://127.0.0.1:${floorPort}`;
  await waitFor(floorURL, 'the floor', floor);
  return floorURL;
}

/** The pages' most costly audits of the median run below 100, for a reader looking for causes. */
function auditsBelow100(lhr) {
  return CATEGORIES.flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${id}: ${ref.id} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`),
  );
}

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
];
const metricLine = (lhr) =>
  METRICS.map(
    (id) =>
      `${id
        .split('-')
        .map((w) => w[0].toUpperCase())
        .join('')} ${lhr.audits[id]?.displayValue ?? '?'}`,
  ).join(', ');

/** A run's TBT task by task, as Lighthouse's simulation counts it (lantern-blocking-time.mjs). */
function printBlockingTasks(tasks) {
  console.log('  TBT by task (simulated start, simulated / observed duration, share: what ran):');
  for (const task of tasks)
    console.log(
      `    at ${task.start} ms, ${task.simulated} / ${task.observed} ms, ${task.share} ms: ${task.what}`,
    );
}

async function main() {
  const floorURL = await startFloor();
  console.log(`Starting the production app on port ${port} (on a throw-away embedded database) …`);
  baseURL = await startProductionApp(port);

  const floorPage = { name: 'floor', url: `${floorURL}/` };
  const appPages = [
    { name: 'home', path: '/' },
    { name: 'lesson', path: `/learn/${LESSON}` },
    { name: 'sandbox', path: '/sandbox' },
    { name: 'shared scenario', path: await sharedScenarioPath() },
  ].map((page) => ({ ...page, url: `${baseURL}${page.path}`, judgedAs: page.name }));
  const baselineOrigin = process.env.LIQLAB_LIGHTHOUSE_BASELINE?.replace(/\/$/, '');
  // Judged as the page it stands beside (`judgedAs`), printed, never counted as a failure.
  const baselineOf = (page) => ({
    ...page,
    name: `${page.name} (baseline)`,
    url: `${baselineOrigin}${page.path}`,
    baseline: true,
  });
  const pages = [
    floorPage,
    ...appPages.flatMap((page) => (baselineOrigin ? [page, baselineOf(page)] : [page])),
  ];
  // One unmeasured request per page first, so no audit pays for a server's first render of a route.
  for (const page of pages) await fetch(page.url);

  const chromium = startProcess(chromiumPath, [
    `--remote-debugging-port=${debuggingPort}`,
    `--user-data-dir=${scratchDir('liqlab-lighthouse-chromium-')}`,
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    'about:blank',
  ]);
  await waitFor(`http://127.0.0.1:${debuggingPort}/json/version`, 'Chromium', chromium, 30_000);

  // The host's load beside its benchmark index: on a shared machine, what else ran during the audits.
  const loadAtStart = loadavg()[0];
  const runs = new Map(pages.map((page) => [page.name, []]));
  const blockingTasks = new Map();
  for (let round = 1; round <= RUNS; round++) {
    for (const page of pages) {
      const result = await audit(page.url);
      const { lhr } = result;
      runs.get(page.name).push(lhr);
      // Worked out now: a run's artifacts (its trace) are too big to keep for every run. Baseline
      // pages' tasks are never printed.
      if (!page.baseline) blockingTasks.set(lhr, await blockingTimeByTask(result));
      if (process.env.LIQLAB_LIGHTHOUSE_REPORTS) {
        const dir = path.resolve(process.env.LIQLAB_LIGHTHOUSE_REPORTS);
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(dir, `${page.name.replaceAll(' ', '-')}-${round}.json`), JSON.stringify(lhr));
      }
    }
    console.log(`round ${round}/${RUNS} done`);
  }

  const summaries = new Map(pages.map((page) => [page.name, summarizeRuns(runs.get(page.name))]));
  const floor = summaries.get('floor');
  // The run closest to the median score, for its metric line, its audits below 100 and its tasks.
  const medianRunOf = (page) =>
    runs
      .get(page.name)
      .find(
        (lhr) =>
          Math.round((lhr.categories.performance?.score ?? 0) * 100) === summaries.get(page.name).performance,
      ) ?? runs.get(page.name)[0];
  let failed = false;
  const judged = pages.filter((page) => page !== floorPage);
  const rows = judged.map((page) => {
    const summary = summaries.get(page.name);
    const verdict = judgeAgainstFloor(page.judgedAs, summary, floor);
    if (verdict.misses.length && !page.baseline) failed = true;
    return { page, summary, verdict, medianRun: medianRunOf(page) };
  });

  const lessonJs = await firstLoadJs(`/learn/${LESSON}`);
  const jsOk = lessonJs.gzip <= LESSON_FIRST_LOAD_JS_BUDGET;
  if (!jsOk) failed = true;

  const indexes = [...summaries.values()].flatMap((summary) => summary.benchmarkIndex ?? []);
  console.log(
    `\nLighthouse 12.2.3, mobile emulation and simulated throttling (its defaults); medians of ${RUNS} interleaved round(s); ` +
      `host benchmark index ${indexes.length ? `${Math.min(...indexes)}–${Math.max(...indexes)}` : 'unknown'}; ` +
      `load average (1 min) ${loadAtStart.toFixed(2)} at the first round, ${loadavg()[0].toFixed(2)} after the last\n`,
  );
  const signed = (value) => (value > 0 ? `+${value}` : String(value));
  const header = [
    'page',
    'performance',
    'vs floor',
    'TBT',
    'vs floor',
    'budget',
    'a11y',
    'best pr.',
    'result',
  ];
  const table = [
    [
      'floor',
      String(floor.performance),
      '',
      `${floor.tbtMs} ms`,
      '',
      '',
      String(floor.accessibility),
      String(floor.bestPractices),
      '',
    ],
    ...rows.map(({ page, summary, verdict }) => {
      const budget = FLOOR_BUDGETS[page.judgedAs];
      return [
        page.name,
        String(summary.performance),
        signed(verdict.pointsOverFloor),
        `${summary.tbtMs} ms`,
        `${signed(verdict.tbtOverFloorMs)} ms`,
        `≥ −${budget.points} pts, ≤ +${budget.tbtMs} ms`,
        String(summary.accessibility),
        String(summary.bestPractices),
        page.baseline ? 'baseline' : verdict.misses.length ? 'FAILED' : 'ok',
      ];
    }),
  ];
  const widths = header.map((title, i) => Math.max(title.length, ...table.map((cells) => cells[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const cells of table) console.log(line(cells));
  console.log('');
  for (const page of pages) {
    const summary = summaries.get(page.name);
    const range = summary.benchmarkIndex ? `; benchmark index ${summary.benchmarkIndex.join('–')}` : '';
    console.log(`${page.name}: performance in each round ${summary.performanceRuns.join(', ')}${range}`);
  }
  const floorRun = medianRunOf(floorPage);
  console.log(`\nfloor (${floorPage.url}), median run: ${metricLine(floorRun)}`);
  printBlockingTasks(blockingTasks.get(floorRun));
  for (const { page, verdict, medianRun } of rows) {
    if (page.baseline) continue;
    console.log(`\n${page.name} (${page.path}), median run: ${metricLine(medianRun)}`);
    console.log(`  JS loaded (transfer): ${kB(loadedScripts(medianRun).transfer)}`);
    for (const item of auditsBelow100(medianRun)) console.log(`  below 100 — ${item}`);
    for (const miss of verdict.misses) console.log(`  BUDGET FAILED: ${miss}`);
    printBlockingTasks(blockingTasks.get(medianRun));
  }
  console.log(
    `\nLesson first-load JS (the HTML's <script src>, gzip): ${kB(lessonJs.gzip)} in ${lessonJs.files} files ` +
      `(${kB(lessonJs.raw)} uncompressed); budget ${kB(LESSON_FIRST_LOAD_JS_BUDGET)} — ${jsOk ? 'ok' : 'BUDGET FAILED'}`,
  );
  return failed ? 1 : 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await stopAll();
}
process.exit(code);
