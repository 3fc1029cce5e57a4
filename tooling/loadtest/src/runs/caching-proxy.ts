import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Starts the CDN stand-in (caching-proxy.mjs) in its own process in front of `origin`. */
export async function startCachingProxy(origin: string, port: number) {
  const child: ChildProcess = fork(fileURLToPath(new URL('../caching-proxy.mjs', import.meta.url)), [
    origin,
    String(port),
  ]);
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`the caching proxy exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    /** Requests answered from its store, and those it passed to the app. */
    stats: () =>
      new Promise<{ hits: number; misses: number }>((resolve) => {
        child.once('message', (message) => resolve(message as { hits: number; misses: number }));
        child.send('stats');
      }),
    stop: () => child.kill(),
  };
}
