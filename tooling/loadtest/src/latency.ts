/** Latency samples in milliseconds → the percentiles the benchmarks report (nearest-rank). */
export function percentiles(samples: number[]): { p50: number; p95: number; p99: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    max: round(sorted.at(-1) ?? Number.NaN),
  };
}

/** Error messages counted by kind (the first 80 characters), so a report shows what failed. */
export class ErrorTally {
  readonly counts = new Map<string, number>();
  total = 0;

  add(error: unknown): void {
    this.total++;
    const key = (error instanceof Error ? error.message : String(error)).slice(0, 80);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  top(n = 5): Record<string, number> {
    return Object.fromEntries([...this.counts].sort((a, b) => b[1] - a[1]).slice(0, n));
  }
}
