import pino from 'pino';
import { currentRequestId } from './request-scope';

export type LogLevel = pino.LevelWithSilent;

/**
 * Structured JSON logs (one line per event) so several instances can be aggregated. A line written
 * while a request is handled (request-scope.ts) carries its id, also when a library wrote it; a
 * child logger already bound to a request id (the tRPC context's) keeps its own.
 */
export function createLogger(level: LogLevel, destination?: pino.DestinationStream) {
  return pino(
    {
      level,
      base: { service: 'liqlab-api' },
      redact: ['req.headers.cookie', 'password', '*.password'],
      mixin: (_line, _level, logger) => {
        const requestId = currentRequestId();
        return requestId === undefined || 'requestId' in logger.bindings() ? {} : { requestId };
      },
    },
    destination,
  );
}

export type Logger = ReturnType<typeof createLogger>;
