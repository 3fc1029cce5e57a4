// Zod probes `new Function("")` to decide whether it may compile fast parsers. The CSP has no
// 'unsafe-eval', so the probe is blocked and reported as a violation on every page that parses;
// jitless skips the probe (and the compiled path, which the CSP would refuse anyway).
//
// `z.config({ jitless: true })` would do the same, but importing zod here put all of it (≈ 31 kB
// gzip) in every page's first load, including pages that never parse. Zod 4 keeps its global
// config on globalThis.__zod_globalConfig (zod/v4/core/core.js) and reads it lazily, at the first
// parse; setting it (in place: zod keeps a reference to that object) is what z.config does.
const zodGlobal = globalThis as { __zod_globalConfig?: Record<string, unknown> };
zodGlobal.__zod_globalConfig ??= {};
zodGlobal.__zod_globalConfig.jitless = true;
