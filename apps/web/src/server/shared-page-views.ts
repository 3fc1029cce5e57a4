/**
 * How proxy.ts counts a view of a shared page it served from the cache, without importing the
 * database client into the proxy bundle: instrumentation.ts hands over the process's by-slug view
 * counter when the server starts (the proxy runs in the same Node.js process).
 */
interface ViewRecorder {
  record(key: string): Promise<void>;
}

const holder = globalThis as unknown as { liqlabSharedPageViews?: ViewRecorder };

export function provideSharedPageViewCounter(counter: ViewRecorder): void {
  holder.liqlabSharedPageViews = counter;
}

/** Counts one view of the shared page `slug` (buffered; see ViewCounter). */
export function countSharedPageView(slug: string): void {
  const counter = holder.liqlabSharedPageViews;
  if (!counter) throw new Error('No shared-page view counter: instrumentation.ts provides it at start-up.');
  void counter.record(slug);
}
