import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRODUCTION_SERVER, serverCommand, YOUNG_GENERATION_FLAG } from './server-command';

describe('serverCommand', () => {
  it('runs `next start` as the production server in this Node, with the young generation fixed', () => {
    const [node, flag, server, ...rest] = serverCommand(['next', 'start', '--port', '3000']);
    expect([node, flag]).toEqual([process.execPath, YOUNG_GENERATION_FLAG]);
    expect(server).toBe(PRODUCTION_SERVER);
    expect(server).toMatch(/apps\/web\/scripts\/production-server\.mjs$/);
    expect(existsSync(server!)).toBe(true);
    expect(rest).toEqual(['--port', '3000']);
  });

  it('leaves any other command as given', () => {
    expect(serverCommand(['next', 'dev'])).toEqual(['next', 'dev']);
    expect(serverCommand(['node', 'x.js'])).toEqual(['node', 'x.js']);
  });

  it('gives a Node whose new space starts at 16 MB instead of 1 MB', () => {
    const newSpaceBytes = (flags: string[]) =>
      Number(
        execFileSync(process.execPath, [
          ...flags,
          '-e',
          "process.stdout.write(String(require('v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size))",
        ]),
      );
    expect(newSpaceBytes([])).toBeLessThan(4 * 1024 * 1024);
    expect(newSpaceBytes([YOUNG_GENERATION_FLAG])).toBe(16 * 1024 * 1024);
  });
});
