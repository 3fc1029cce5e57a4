import { readFileSync } from 'node:fs';

/**
 * Whether `pid` is a running process. A killed process that its parent (or init, for an orphan) has
 * not reaped yet is a zombie: it still answers signal 0 but holds no lock, port or file, so it counts
 * as gone. Zombies are detected through /proc, so only on Linux.
 */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  if (process.platform !== 'linux') return true;
  try {
    // "pid (comm) state …": comm may hold spaces and parentheses, so the state follows the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.charAt(stat.lastIndexOf(')') + 2) !== 'Z';
  } catch {
    return false; // it ended between the two looks
  }
}

/** Waits until none of `pids` is alive; throws after `timeoutMs`. */
export async function waitForProcessesToEnd(pids: readonly number[], timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const alive = pids.filter(isProcessAlive);
    if (alive.length === 0) return;
    if (Date.now() > deadline)
      throw new Error(`processes still running after ${timeoutMs} ms: ${alive.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
