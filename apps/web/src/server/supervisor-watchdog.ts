/**
 * When the app runs under scripts/with-database.ts and that supervisor dies without a chance to
 * clean up (`kill -9`), this server must not outlive it: it would keep port 3000 and its
 * connections to a database the next start is about to recover.
 */
export function watchSupervisor(supervisorPid: number): void {
  const timer = setInterval(() => {
    try {
      process.kill(supervisorPid, 0);
    } catch {
      // A JSON line like every other the server writes (pino's numbers: 60 is fatal).
      console.error(
        JSON.stringify({
          level: 60,
          time: Date.now(),
          msg: 'the supervising process is gone; stopping this server',
        }),
      );
      process.exit(1);
    }
  }, 1000);
  timer.unref();
}
