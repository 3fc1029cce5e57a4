/**
 * The supervisor's own lines and those of the program it runs, as JSON lines shaped like the app's
 * pino lines (`level` in pino's numbers, `time`, `msg`), so every line an instance writes can be
 * collected and searched the same way (issue 14).
 */
const LEVELS = { info: 30, warn: 40, error: 50 } as const;
export type LogLevelName = keyof typeof LEVELS;

export function jsonLogLine(level: LogLevelName, msg: string, fields: Record<string, unknown> = {}): string {
  return JSON.stringify({ level: LEVELS[level], time: Date.now(), ...fields, msg });
}

// Terminal colour and style codes, which Next.js writes even into a pipe.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/**
 * One line another program wrote: kept as it is when it already is a JSON object (the app's own
 * logs), otherwise wrapped as `msg` with its colour codes removed; null for a blank line.
 */
export function asJsonLogLine(line: string, level: LogLevelName, source: string): string | null {
  const text = line.replace(ANSI, '').trim();
  if (text === '') return null;
  if (text.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return text;
    } catch {
      // not JSON after all: wrapped below
    }
  }
  return jsonLogLine(level, text, { source });
}
