import type { Instrumentation } from 'next';

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { scheduleRateLimitHousekeeping } = await import('./server/rate-limit-housekeeping');
    scheduleRateLimitHousekeeping();
    // Warms the instance up over loopback once it listens; /api/ready reports when it is done.
    const { readiness } = await import('./server/readiness');
    readiness();
    // Lets the production server answer kept shared pages before Next (scripts/production-server.mjs).
    const { registerDirectSharedPageHandler } = await import('./server/direct-shared-page');
    registerDirectSharedPageHandler();
    const { supervisorPid } = await import('./env');
    const pid = supervisorPid();
    if (pid !== undefined) {
      const { watchSupervisor } = await import('./server/supervisor-watchdog');
      watchSupervisor(pid);
    }
  }
}

/**
 * One JSON log line per server error, with the two ids a reader may quote: the digest the error page
 * shows as its "Reference", and the request id proxy.ts gave the request (x-request-id).
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const { requestErrorLogLine } = await import('./server/request-error-log');
  console.error(requestErrorLogLine(error, request, context));
};
