import 'server-only';
import { createLogger, type Logger } from '@liqlab/api/logger';
import { serverEnv } from '~/env';

const globalForLogger = globalThis as unknown as { liqlabLogger?: Logger };

/** The process's API logger, at LOG_LEVEL. */
export function logger(): Logger {
  globalForLogger.liqlabLogger ??= createLogger(serverEnv().LOG_LEVEL);
  return globalForLogger.liqlabLogger;
}
