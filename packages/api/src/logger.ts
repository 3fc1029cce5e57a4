import pino from 'pino';

export type LogLevel = pino.LevelWithSilent;

/** Structured JSON logs (one line per event) so several instances can be aggregated. */
export function createLogger(level: LogLevel) {
  return pino({
    level,
    base: { service: 'liqlab-api' },
    redact: ['req.headers.cookie', 'password', '*.password'],
  });
}

export type Logger = ReturnType<typeof createLogger>;
