import type { LogLevel } from '@liqlab/api/logger';
import { DEFAULT_REPORT_THRESHOLD } from '@liqlab/api/scenario-moderation';
import { z } from 'zod';

// The app's configuration: every environment variable it reads, validated here and nowhere else.
// Packages (api, db) receive what they need as options. Each message names its variable; an empty
// value counts as unset.

function wholeNumber(name: string, min: number, max: number) {
  const error = `${name} must be a whole number from ${min} to ${max}.`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}

function httpUrl(name: string, example: string) {
  return z.url({
    protocol: /^https?$/,
    error: `${name} must be an http:// or https:// URL, e.g. ${example}.`,
  });
}

const databaseUrl = z
  .string({
    error: 'DATABASE_URL is not set. Start the app with `pnpm start` (embedded database) or set it.',
  })
  .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// connection string.');

const authSecret = z
  .string({
    error:
      'BETTER_AUTH_SECRET is not set. Set it to the same random value on every instance (e.g. `openssl rand -base64 32`).',
  })
  .min(32, 'BETTER_AUTH_SECRET must be at least 32 characters.');

const logLevels = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
] as const satisfies LogLevel[];

/**
 * What the request edge (proxy.ts, route handlers) needs: no secrets, so it can be read before the
 * database is up and in unit tests.
 */
const requestEnvSchema = z.object({
  /** The public origin of the app. Cookies are marked Secure and HSTS is sent when it is https. */
  LIQLAB_PUBLIC_URL: httpUrl('LIQLAB_PUBLIC_URL', 'https://lab.example.com').default('http://localhost:3000'),
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For. 0 (no proxy) ignores
   * the header entirely: a client can write anything into it.
   */
  LIQLAB_TRUSTED_PROXY_HOPS: wholeNumber('LIQLAB_TRUSTED_PROXY_HOPS', 0, 10).default(0),
  NODE_ENV: z
    .enum(['development', 'production', 'test'], {
      error: 'NODE_ENV must be development, production or test.',
    })
    .default('development'),
  /** How this server reaches itself (to render a page for the shared-page cache); default loopback. */
  LIQLAB_INTERNAL_URL: httpUrl('LIQLAB_INTERNAL_URL', 'http://10.0.0.5:3000').optional(),
  /** The port `next start` listens on (it sets PORT from `--port` too). */
  PORT: wholeNumber('PORT', 1, 65_535).default(3000),
  /**
   * `off` skips the start-up warm-up (readiness.ts): for test servers that never take a load balancer's
   * traffic, where the warm-up's few hundred saves would only compete with the tests.
   */
  LIQLAB_WARM_UP: z.enum(['on', 'off'], { error: 'LIQLAB_WARM_UP must be on or off.' }).default('on'),
});

/**
 * The server's environment. DATABASE_URL is always set at run time: by the deployment, or by
 * scripts/with-database.ts after it starts the embedded server.
 */
const serverEnvSchema = requestEnvSchema.extend({
  DATABASE_URL: databaseUrl,
  DATABASE_POOL_SIZE: wholeNumber('DATABASE_POOL_SIZE', 1, 100).default(10),
  BETTER_AUTH_SECRET: authSecret,
  LOG_LEVEL: z
    .enum(logLevels, { error: `LOG_LEVEL must be one of ${logLevels.join(', ')}.` })
    .default('info'),
  /**
   * Multiplies every rate limit, for load tests, which drive more traffic per user and per address
   * than any person could; production leaves it unset (1).
   */
  LIQLAB_RATE_LIMIT_SCALE: wholeNumber('LIQLAB_RATE_LIMIT_SCALE', 1, 1_000_000).default(1),
  /** Open reports from distinct learners that take a public scenario out of the gallery for review. */
  LIQLAB_REPORT_THRESHOLD: wholeNumber('LIQLAB_REPORT_THRESHOLD', 1, 1000).default(DEFAULT_REPORT_THRESHOLD),
});

/** What the database chores (`pnpm db:*`) need: the server to work on. */
const databaseEnvSchema = z.object({
  DATABASE_URL: databaseUrl.optional(),
  /** The embedded server's data directory (default .data/postgres), when DATABASE_URL is unset. */
  LIQLAB_DATA_DIR: z.string().optional(),
});

/**
 * What scripts/with-database.ts checks before it starts anything: the whole server configuration,
 * except what it provides itself on the embedded database (DATABASE_URL, and a BETTER_AUTH_SECRET
 * kept beside the data).
 */
const startupEnvSchema = serverEnvSchema
  .extend({
    ...databaseEnvSchema.shape,
    BETTER_AUTH_SECRET: authSecret.optional(),
    /** Set (to anything) to print the embedded PostgreSQL's own log. */
    LIQLAB_DEBUG: z
      .string()
      .optional()
      .transform((value) => value !== undefined),
  })
  .refine((env) => !env.DATABASE_URL || env.BETTER_AUTH_SECRET, {
    path: ['BETTER_AUTH_SECRET'],
    message:
      'BETTER_AUTH_SECRET is not set. With DATABASE_URL, set it to the same random value on every instance (e.g. `openssl rand -base64 32`).',
  });

/** Set by scripts/with-database.ts for the server it supervises (see supervisor-watchdog.ts). */
const supervisorEnvSchema = z.object({
  LIQLAB_SUPERVISOR_PID: wholeNumber('LIQLAB_SUPERVISOR_PID', 1, 2 ** 22).optional(),
});

export type RequestEnv = z.infer<typeof requestEnvSchema>;
export type ServerEnv = z.infer<typeof serverEnvSchema>;
export type DatabaseEnv = z.infer<typeof databaseEnvSchema>;
export type StartupEnv = z.infer<typeof startupEnvSchema>;

/** Variables whose values never appear in an error message. */
const SECRET_VARIABLES = new Set(['DATABASE_URL', 'BETTER_AUTH_SECRET']);

/** A bad configuration: the message lists every variable at fault, one per line. */
export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'InvalidEnvironmentError';
  }
}

type Source = Record<string, string | undefined>;

function readEnv<Schema extends z.ZodType>(schema: Schema, source: Source): z.output<Schema> {
  const set = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = schema.safeParse(set);
  if (result.success) return result.data;
  throw new InvalidEnvironmentError(
    result.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const value = set[name];
      return value === undefined || SECRET_VARIABLES.has(name)
        ? issue.message
        : `${issue.message} Got "${value}".`;
    }),
  );
}

export function parseRequestEnv(source: Source): RequestEnv {
  return readEnv(requestEnvSchema, source);
}

export function parseServerEnv(source: Source): ServerEnv {
  return readEnv(serverEnvSchema, source);
}

export function parseDatabaseEnv(source: Source): DatabaseEnv {
  return readEnv(databaseEnvSchema, source);
}

export function parseStartupEnv(source: Source): StartupEnv {
  return readEnv(startupEnvSchema, source);
}

let cachedRequestEnv: RequestEnv | undefined;

/** This process's request-edge environment, read and validated once. */
export function requestEnv(): RequestEnv {
  cachedRequestEnv ??= parseRequestEnv(process.env);
  return cachedRequestEnv;
}

let cachedServerEnv: ServerEnv | undefined;

/** This process's server environment, read and validated once. */
export function serverEnv(): ServerEnv {
  cachedServerEnv ??= parseServerEnv(process.env);
  return cachedServerEnv;
}

/** The pid of the supervising scripts/with-database.ts, when the server runs under it. */
export function supervisorPid(): number | undefined {
  return readEnv(supervisorEnvSchema, process.env).LIQLAB_SUPERVISOR_PID;
}
