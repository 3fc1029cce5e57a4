export async function register(): Promise<void> {
  const supervisorPid = Number(process.env.LIQLAB_SUPERVISOR_PID);
  if (process.env.NEXT_RUNTIME === 'nodejs' && Number.isInteger(supervisorPid) && supervisorPid > 0) {
    const { watchSupervisor } = await import('./server/supervisor-watchdog');
    watchSupervisor(supervisorPid);
  }
}
