import autocannon from 'autocannon';

/** A shared-scenario page at full speed (closed loop: `connections` clients, each sending back to back). */
export async function sharedPageThroughput(options: {
  url: string;
  connections: number;
  durationSeconds: number;
}) {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    headers: { accept: 'text/html' },
    timeout: 30,
  });
  return {
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      max: result.latency.max,
    },
  };
}
