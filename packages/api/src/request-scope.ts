import { AsyncLocalStorage } from 'node:async_hooks';

interface RequestScope {
  requestId: string;
}

// One store per process: Next bundles this package once per server layer, and a logger made in one
// layer must still see the scope opened by a route in another.
const STORE = Symbol.for('liqlab.request-scope');
const holder = globalThis as { [STORE]?: AsyncLocalStorage<RequestScope> };
holder[STORE] ??= new AsyncLocalStorage<RequestScope>();
const store = holder[STORE];

/**
 * Runs `work` as the handling of one request: every log line written meanwhile — by the app or by a
 * library that logs through the app's logger, such as better-auth — carries `requestId` (logger.ts).
 */
export function runInRequestScope<T>(requestId: string, work: () => T): T {
  return store.run({ requestId }, work);
}

/** The id of the request being handled, if any. */
export function currentRequestId(): string | undefined {
  return store.getStore()?.requestId;
}
