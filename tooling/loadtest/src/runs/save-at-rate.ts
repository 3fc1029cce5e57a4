import { mutation, type Session, scenarioInput } from '../http-client';
import { ErrorTally, percentiles } from '../latency';

/**
 * Scenario saves at a fixed arrival rate (open loop: a request starts every 1/rate s whether or not
 * earlier ones have finished, so a slow server shows as latency, not as a lower send rate).
 */
export async function saveAtRate(options: {
  baseUrl: string;
  sessions: Session[];
  ratePerSecond: number;
  durationSeconds: number;
}) {
  const { baseUrl, sessions, ratePerSecond, durationSeconds } = options;
  const total = ratePerSecond * durationSeconds;
  const latencies: number[] = [];
  // Latency by the 5-s window the request was sent in: shows whether slow saves are a warm-up burst,
  // a pause (GC, checkpoint) or a queue that keeps growing.
  const windowSeconds = 5;
  const byWindow: number[][] = Array.from({ length: Math.ceil(durationSeconds / windowSeconds) }, () => []);
  const errors = new ErrorTally();
  const pending: Promise<void>[] = [];
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / ratePerSecond;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const session = sessions[i % sessions.length]!;
    const sentAt = performance.now();
    pending.push(
      mutation(baseUrl, session, 'scenario.create', {
        ...scenarioInput(`load save ${i}`),
        clientKey: `load-save-${i}-${Math.round(start)}`,
      })
        .then(() => {
          const latency = performance.now() - sentAt;
          latencies.push(latency);
          byWindow[Math.floor((sentAt - start) / 1000 / windowSeconds)]?.push(latency);
        })
        .catch((error: unknown) => errors.add(error)),
    );
  }
  // Bounded: whatever has not settled 60 s after the last send counts as an error.
  let unsettled = 0;
  await Promise.race([
    Promise.all(pending),
    new Promise<void>((resolve) =>
      setTimeout(() => {
        unsettled = total - latencies.length - errors.total;
        resolve();
      }, 60_000),
    ),
  ]);
  const seconds = (performance.now() - start) / 1000;
  return {
    sent: total,
    ok: latencies.length,
    errors: errors.total + unsettled,
    errorKinds: { ...errors.top(), ...(unsettled > 0 ? { 'unsettled after 60 s': unsettled } : {}) },
    achievedRatePerSecond: Math.round((total / seconds) * 10) / 10,
    latencyMs: percentiles(latencies),
    p95MsBy5sWindow: byWindow.map((window) => percentiles(window).p95),
  };
}
