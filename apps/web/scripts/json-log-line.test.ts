import { describe, expect, it } from 'vitest';
import { asJsonLogLine, jsonLogLine } from './json-log-line';

describe('JSON log lines', () => {
  it('writes the supervisor’s lines with pino’s level numbers, a time and the message', () => {
    const line = JSON.parse(jsonLogLine('error', 'start-up failed: "x"', { service: 'liqlab-supervisor' }));
    expect(line).toMatchObject({ level: 50, service: 'liqlab-supervisor', msg: 'start-up failed: "x"' });
    expect(typeof line.time).toBe('number');
  });

  it('keeps a line that already is a JSON object, and wraps any other without its colour codes', () => {
    const own = '{"level":30,"msg":"warmed up"}';
    expect(asJsonLogLine(own, 'info', 'next')).toBe(own);
    const banner = JSON.parse(
      asJsonLogLine(`\u001b[32m\u001b[1m✓\u001b[22m\u001b[39m Ready in 1.2s`, 'info', 'next')!,
    );
    expect(banner).toMatchObject({ level: 30, source: 'next', msg: '✓ Ready in 1.2s' });
    expect(JSON.parse(asJsonLogLine('{not json', 'error', 'next')!)).toMatchObject({
      level: 50,
      msg: '{not json',
    });
    expect(JSON.parse(asJsonLogLine('[1, 2]', 'info', 'next')!).msg).toBe('[1, 2]');
    expect(asJsonLogLine('   ', 'info', 'next')).toBeNull();
  });
});
