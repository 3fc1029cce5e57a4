import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isProcessAlive, waitForProcessesToEnd } from './process-liveness';

/** Children of `parent` that have ended and wait to be reaped (state Z in /proc/<pid>/stat). */
function zombieChildrenOf(parent: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return state === 'Z' && Number(ppid) === parent;
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe.runIf(process.platform === 'linux')('isProcessAlive', () => {
  it('counts a running process as alive and an unreaped (zombie) one as gone', async () => {
    // `sleep 0` ends at once, but its parent becomes `sleep 5` through exec, which never reaps it.
    // On a loaded host it may still be running at the first look, so wait for the zombie itself.
    const shell = spawn('sh', ['-c', 'sleep 0 & exec sleep 5'], { stdio: 'ignore' });
    try {
      let zombies: number[] = [];
      for (let i = 0; i < 100 && zombies.length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        zombies = zombieChildrenOf(shell.pid!);
      }
      expect(zombies).toHaveLength(1);
      const zombie = zombies[0]!;
      expect(() => process.kill(zombie, 0)).not.toThrow(); // what a naive check would call alive
      expect(isProcessAlive(zombie)).toBe(false);
      expect(isProcessAlive(shell.pid!)).toBe(true);
    } finally {
      shell.kill('SIGKILL');
    }
  });

  it('waits for processes to end, and says which ones did not', async () => {
    const sleeper = spawn('sleep', ['5'], { stdio: 'ignore' });
    await expect(waitForProcessesToEnd([sleeper.pid!], 200)).rejects.toThrow(String(sleeper.pid));
    setTimeout(() => sleeper.kill('SIGKILL'), 100);
    await waitForProcessesToEnd([sleeper.pid!], 5000);
    expect(isProcessAlive(sleeper.pid!)).toBe(false);
  });
});
