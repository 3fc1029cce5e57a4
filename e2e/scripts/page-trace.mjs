// Where a page's main-thread time goes while it loads: a Chromium trace of one load under a 4× CPU
// throttle (as Lighthouse's mobile profile), with the time split by kind (script evaluation, compile,
// style, layout, parsing, GC) and by source (which script), its long tasks one by one, and what the
// HTML carries (the RSC inline payload, the CSS, the client components it hydrates).
//
//   pnpm --filter @liqlab/e2e trace [path …]     (default: the lesson and the sandbox)
//
// LIQLAB_TRACE_RUNS loads (3) are made of every path, the middle one by main-thread total is printed;
// LIQLAB_TRACE_URL measures a server already running instead of starting the production build;
// LIQLAB_TRACE_DIR=<dir> keeps the traces (open them in the DevTools Performance panel) and, beside
// each, the sampling profile (`.cpuprofile`: DevTools, or any tool that reads V8 profiles).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { startProductionApp, stopAll } from './child-processes.mjs';

const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/learn/leverage-and-margin', '/sandbox'];
const runs = Number(process.env.LIQLAB_TRACE_RUNS ?? 3);
const port = Number(process.env.LIQLAB_TRACE_PORT ?? 3670);
const chromiumPath = process.env.LIQLAB_CHROMIUM_PATH ?? '/usr/bin/chromium';
const CPU_SLOWDOWN = 4;
// Lighthouse's long-task line is 50 ms of (simulated, 4× slowed) main-thread time; traced at 4× here.
const LONG_TASK_MS = 50;
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
  'toplevel',
];

/** The kind of work a trace event stands for; events not named here count as their parent's kind. */
const KINDS = {
  EvaluateScript: 'script evaluation',
  'v8.evaluateModule': 'script evaluation',
  FunctionCall: 'script (callbacks)',
  TimerFire: 'script (callbacks)',
  EventDispatch: 'script (callbacks)',
  FireAnimationFrame: 'script (callbacks)',
  RunMicrotasks: 'script (callbacks)',
  'v8.compile': 'script compile',
  'v8.compileModule': 'script compile',
  'V8.CompileCode': 'script compile',
  'v8.parseOnBackground': 'script compile',
  CacheScript: 'script compile',
  ParseHTML: 'HTML parsing',
  ParseAuthorStyleSheet: 'CSS parsing',
  UpdateLayoutTree: 'style recalculation',
  RecalculateStyles: 'style recalculation',
  Layout: 'layout',
  Layerize: 'paint & composite',
  UpdateLayer: 'paint & composite',
  Paint: 'paint & composite',
  PrePaint: 'paint & composite',
  CompositeLayers: 'paint & composite',
  MinorGC: 'garbage collection',
  MajorGC: 'garbage collection',
  'V8.GC_SCAVENGER': 'garbage collection',
  'V8.GCFinalizeMC': 'garbage collection',
  GCEvent: 'garbage collection',
  RunTask: 'other',
};
/** Script running: inside a script's evaluation it is that evaluation, elsewhere a callback. */
const RUNS_SCRIPT = new Set(['FunctionCall', 'v8.callFunction', 'v8.run', 'RunMicrotasks', 'TimerFire']);
for (const name of RUNS_SCRIPT) KINDS[name] ??= 'script (callbacks)';
KINDS['v8.callFunction'] = 'script (callbacks)';
KINDS['v8.run'] = 'script (callbacks)';

/** The script an event belongs to, when the trace says. */
function urlOf(event) {
  const data = event.args?.data ?? event.args?.beginData ?? {};
  return data.url || data.stackTrace?.[0]?.url || event.args?.fileName || '';
}

const shortUrl = (url, origin) =>
  url ? url.replace(origin, '').replace(/^\/_next\/static\/chunks\//, 'chunk ') : '(inline or none)';

/** The main thread of the renderer that parsed the page's HTML (a navigation may change process). */
function mainThreadEvents(events, url) {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  if (!parse) throw new Error(`the trace has no parsing of ${url}`);
  return events.filter((e) => e.pid === parse.pid && e.tid === parse.tid);
}

/** Complete events (X, and B/E pairs made into X), sorted by start, longest first at equal starts. */
function completeEvents(events) {
  const open = new Map();
  const out = [];
  for (const e of events) {
    if (e.ph === 'X' && typeof e.dur === 'number') out.push(e);
    else if (e.ph === 'B') open.set(`${e.name}`, [...(open.get(e.name) ?? []), e]);
    else if (e.ph === 'E') {
      const stack = open.get(e.name);
      const begin = stack?.pop();
      if (begin) out.push({ ...begin, ph: 'X', dur: e.ts - begin.ts, args: { ...begin.args, ...e.args } });
    }
  }
  return out.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
}

/**
 * Self time (time in an event not spent in a nested event) by kind and by script, for every
 * top-level task, from the main thread's complete events.
 */
function attribute(events, origin, navigationStart) {
  const tasks = [];
  const stack = [];
  for (const e of completeEvents(events)) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    const node = {
      ts: e.ts,
      dur: e.dur,
      name: e.name,
      kind:
        RUNS_SCRIPT.has(e.name) && parent?.kind.startsWith('script')
          ? parent.kind
          : (KINDS[e.name] ?? parent?.kind ?? 'other'),
      url: urlOf(e) || parent?.url || '',
      self: e.dur,
      data: e.args?.data,
      children: [],
    };
    if (parent) {
      parent.self -= Math.min(parent.self, e.dur);
      parent.children.push(node);
    } else if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') tasks.push(node);
    else continue; // work outside any task (rare): left out, as Lighthouse leaves it out
    stack.push(node);
  }
  const byKind = new Map();
  const byScript = new Map();
  const longTasks = [];
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  const walk = (node, task) => {
    const ms = node.self / 1000;
    add(byKind, node.kind, ms);
    add(task.kinds, node.kind, ms);
    if (node.kind.startsWith('script')) {
      add(byScript, shortUrl(node.url, origin), ms);
      add(task.scripts, shortUrl(node.url, origin), ms);
    }
    if (node.name === 'UpdateLayoutTree') task.styledElements += node.data?.elementCount ?? 0;
    for (const child of node.children) walk(child, task);
  };
  for (const node of tasks) {
    if (node.ts < navigationStart) continue;
    const task = {
      startMs: (node.ts - navigationStart) / 1000,
      durMs: node.dur / 1000,
      kinds: new Map(),
      scripts: new Map(),
      styledElements: 0,
    };
    walk(node, task);
    if (task.durMs >= LONG_TASK_MS) longTasks.push(task);
  }
  return { byKind, byScript, longTasks };
}

const total = (map) => [...map.values()].reduce((a, b) => a + b, 0);
const top = (map, n = 8) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .filter(([, ms]) => ms >= 1);
const ms = (value) => `${Math.round(value)} ms`;

/** What the server's HTML carries: scripts, CSS, the RSC inline payload and its client components. */
async function htmlFacts(baseURL, pagePath) {
  const html = await (await fetch(`${baseURL}${pagePath}`)).text();
  const flight = [...html.matchAll(/<script[^>]*>(self\.__next_f\.push\([\s\S]*?\))<\/script>/g)].map(
    (m) => m[1],
  );
  const flightText = flight.join('');
  const cssHrefs = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  let cssRaw = 0;
  let cssGzip = 0;
  for (const href of cssHrefs) {
    const body = Buffer.from(await (await fetch(new URL(href, baseURL))).arrayBuffer());
    cssRaw += body.length;
    cssGzip += gzipSync(body).length;
  }
  // Client references in the payload: `I[<module>,[chunks…],"<export>"]` rows, one per component.
  const clientExports = [...flightText.matchAll(/:I\[\d+,\[[^\]]*\],\\?"([^"\\]+)\\?"/g)].map((m) => m[1]);
  return {
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gzipSync(html).length,
    flightBytes: Buffer.byteLength(flightText),
    flightScripts: flight.length,
    cssFiles: cssHrefs.length,
    cssRaw,
    cssGzip,
    clientExports: [...new Set(clientExports)],
  };
}

/** Turbopack's chunk format: `…, <module id>, <factory>` entries; a module's exports name it. */
async function moduleIndex(baseURL, chunkUrl, cache) {
  if (!cache.has(chunkUrl)) {
    const source = await (await fetch(new URL(chunkUrl, baseURL))).text();
    const lines = source.split('\n');
    const starts = [];
    for (const [line, text] of lines.entries()) {
      for (const m of text.matchAll(/[,[](\d+),(?:\(?[a-zA-Z_$]+(?:,[a-zA-Z_$]+)*\)?=>|function)/g)) {
        const rest = text.slice(m.index, m.index + 4000);
        const exports = rest.match(/\.s\(\[((?:"[^"]+",\d+,[^,\]]+,?)+)/)?.[1]?.match(/"[^"]+"/g) ?? [];
        starts.push({ line, column: m.index + 1, id: m[1], names: exports.slice(0, 3).join(' ') });
      }
    }
    cache.set(chunkUrl, starts);
  }
  return cache.get(chunkUrl);
}

/** Self time of the sampling profile by script, and by module inside the chunks. */
async function profileAttribution(profile, baseURL) {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  const cache = new Map();
  const byModule = new Map();
  for (const [id, value] of self) {
    const frame = byNode.get(id).callFrame;
    let key = frame.url ? shortUrl(frame.url, baseURL) : frame.functionName || '(native)';
    if (frame.url.includes('/_next/static/chunks/')) {
      const starts = await moduleIndex(baseURL, frame.url, cache);
      const before = starts.filter(
        (s) => s.line < frame.lineNumber || (s.line === frame.lineNumber && s.column <= frame.columnNumber),
      );
      const module = before.at(-1);
      if (module) key += ` module ${module.id}${module.names ? ` (${module.names})` : ''}`;
    }
    byModule.set(key, (byModule.get(key) ?? 0) + value);
  }
  return byModule;
}

async function traceOnce(browser, url) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  // A sampling profile beside the trace: which functions (and so which modules) the script time is.
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await browser.startTracing(page, { categories: CATEGORIES });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  // Hydration and idle work go on after load; wait until the main thread has been quiet a while.
  await page.waitForTimeout(4000);
  const { profile } = await cdp.send('Profiler.stop');
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  const buffer = await browser.stopTracing();
  await context.close();
  return { trace: JSON.parse(buffer.toString()), profile, domNodes };
}

function analyse(trace, origin, url) {
  const events = trace.traceEvents ?? trace;
  const main = mainThreadEvents(events, url);
  const navigation =
    main.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url) ??
    main.find((e) => e.name === 'navigationStart');
  const navigationStart = navigation?.ts ?? Math.min(...main.map((e) => e.ts));
  return attribute(main, origin, navigationStart);
}

function report(pagePath, facts, result, domNodes) {
  const { byKind, byScript, longTasks } = result;
  const blocking = longTasks.reduce((sum, task) => sum + task.durMs - LONG_TASK_MS, 0);
  console.log(`\n=== ${pagePath} (${CPU_SLOWDOWN}× CPU throttle) ===`);
  console.log(
    `HTML ${(facts.htmlBytes / 1024).toFixed(1)} kB (${(facts.htmlGzip / 1024).toFixed(1)} kB gzip), of which RSC inline payload ` +
      `${(facts.flightBytes / 1024).toFixed(1)} kB in ${facts.flightScripts} scripts; CSS ${facts.cssFiles} file(s) ` +
      `${(facts.cssRaw / 1024).toFixed(1)} kB (${(facts.cssGzip / 1024).toFixed(1)} kB gzip); DOM elements ${domNodes}`,
  );
  console.log(
    `client components in the payload (${facts.clientExports.length}): ${facts.clientExports.join(', ')}`,
  );
  console.log(`main thread ${ms(total(byKind))}; by kind:`);
  for (const [kind, value] of top(byKind, 12)) console.log(`  ${kind.padEnd(22)} ${ms(value)}`);
  console.log('script time by source:');
  for (const [url, value] of top(byScript, 12)) console.log(`  ${ms(value).padStart(7)}  ${url}`);
  console.log(
    `long tasks (≥ ${LONG_TASK_MS} ms): ${longTasks.length}, blocking time over ${LONG_TASK_MS} ms: ${ms(blocking)}`,
  );
  for (const task of longTasks) {
    const kinds = top(task.kinds, 4)
      .map(([k, v]) => `${k} ${ms(v)}`)
      .join(', ');
    const scripts = top(task.scripts, 3)
      .map(([u, v]) => `${u} ${ms(v)}`)
      .join('; ');
    const styled = task.styledElements ? `; ${task.styledElements} elements restyled` : '';
    console.log(
      `  at ${ms(task.startMs)}: ${ms(task.durMs)} — ${kinds}${styled}${scripts ? ` — ${scripts}` : ''}`,
    );
  }
}

async function main() {
  const baseURL = process.env.LIQLAB_TRACE_URL ?? (await startProductionApp(port));
  for (const pagePath of paths) await fetch(`${baseURL}${pagePath}`); // no trace pays a first render
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    for (const pagePath of paths) {
      const facts = await htmlFacts(baseURL, pagePath);
      const loads = [];
      for (let run = 1; run <= runs; run++) {
        const { trace, profile, domNodes } = await traceOnce(browser, `${baseURL}${pagePath}`);
        loads.push({ trace, profile, domNodes, result: analyse(trace, baseURL, `${baseURL}${pagePath}`) });
      }
      loads.sort((a, b) => total(a.result.byKind) - total(b.result.byKind));
      const middle = loads[Math.floor(loads.length / 2)];
      console.log(
        `\n${pagePath}: main-thread totals of the ${runs} loads: ${loads.map((l) => ms(total(l.result.byKind))).join(', ')}`,
      );
      report(pagePath, facts, middle.result, middle.domNodes);
      console.log('sampled script self time by module (the same load):');
      for (const [key, value] of top(await profileAttribution(middle.profile, baseURL), 25))
        console.log(`  ${ms(value).padStart(7)}  ${key}`);
      if (process.env.LIQLAB_TRACE_DIR) {
        const dir = path.resolve(process.env.LIQLAB_TRACE_DIR);
        mkdirSync(dir, { recursive: true });
        const file = path.join(dir, `${pagePath.replaceAll('/', '_') || 'home'}.json`);
        writeFileSync(file, JSON.stringify(middle.trace));
        writeFileSync(file.replace(/\.json$/, '.cpuprofile'), JSON.stringify(middle.profile));
      }
    }
  } finally {
    await browser.close();
  }
}

let code = 1;
try {
  await main();
  code = 0;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await stopAll();
}
process.exit(code);
