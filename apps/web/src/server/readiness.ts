import 'server-only';
import { requestEnv } from '~/env';
import { logger } from './logger';
import { warmUp } from './warm-up';
import { endWarmUpPass, warmUpPass } from './warm-up-pass';

type Readiness = 'warming' | 'ready' | 'failed';

const holder = globalThis as unknown as { liqlabReadiness?: { state: Readiness } };

/**
 * Starts the instance's warm-up once (instrumentation.ts calls it at start-up; the readiness route
 * too, in case it runs in another module graph) and reports how far it is.
 */
export function readiness(): Readiness {
  if (!holder.liqlabReadiness) {
    const env = requestEnv();
    // `next dev` compiles each route on its first request: a warm-up there would only slow it down.
    // Test servers (e2e, system tests) switch it off: they take no load balancer's traffic.
    if (env.NODE_ENV !== 'production' || env.LIQLAB_WARM_UP === 'off') {
      endWarmUpPass();
      holder.liqlabReadiness = { state: 'ready' };
      return 'ready';
    }
    const status: { state: Readiness } = { state: 'warming' };
    holder.liqlabReadiness = status;
    const startedAt = Date.now();
    const pass = warmUpPass();
    if (pass === null) throw new Error('the warm-up pass was voided before the warm-up started');
    warmUp({
      internalOrigin: env.LIQLAB_INTERNAL_URL ?? `http://127.0.0.1:${env.PORT}`,
      publicOrigin: new URL(env.LIQLAB_PUBLIC_URL).origin,
      pass,
    })
      .finally(endWarmUpPass)
      .then(
        () => {
          status.state = 'ready';
          logger().info({ warmUpMs: Date.now() - startedAt }, 'warmed up: ready for traffic');
        },
        (error: unknown) => {
          // Still able to serve, only slower at first: a load balancer that waits for ready would
          // otherwise never send this instance anything.
          status.state = 'failed';
          logger().error({ err: error }, 'warm-up failed: reporting ready without it');
        },
      );
  }
  return holder.liqlabReadiness.state;
}
