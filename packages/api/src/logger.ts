import pino from 'pino';

/** Structured JSON logs (one line per event) so several instances can be aggregated. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: { service: 'liqlab-api' },
  redact: ['req.headers.cookie', 'password', '*.password'],
});

export type Logger = typeof logger;
