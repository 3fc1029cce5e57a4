import { z } from 'zod';

/**
 * What the request edge (proxy.ts, route handlers) needs: no secrets, so it can be read before the
 * database is up and in unit tests.
 */
const requestEnvSchema = z.object({
  /** The public origin of the app. Cookies are marked Secure and HSTS is sent when it is https. */
  LIQLAB_PUBLIC_URL: z.url().default('http://localhost:3000'),
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For. 0 (no proxy) ignores
   * the header entirely: a client can write anything into it.
   */
  LIQLAB_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** How this server reaches itself (to render a page for the shared-page cache); default loopback. */
  LIQLAB_INTERNAL_URL: z.url().optional(),
});

export type RequestEnv = z.infer<typeof requestEnvSchema>;

let cachedRequestEnv: RequestEnv | undefined;

export function requestEnv(): RequestEnv {
  cachedRequestEnv ??= requestEnvSchema.parse(process.env);
  return cachedRequestEnv;
}

/**
 * The server's environment, read and validated once. DATABASE_URL is always set at run time:
 * by the deployment, or by scripts/with-database.ts after it starts the embedded server.
 */
const serverEnvSchema = requestEnvSchema.extend({
  DATABASE_URL: z
    .string({
      error: 'DATABASE_URL is not set. Start the app with `pnpm start` (embedded database) or set it.',
    })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// connection string.'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  BETTER_AUTH_SECRET: z
    .string({
      error:
        'BETTER_AUTH_SECRET is not set. Set it to the same random value on every instance (e.g. `openssl rand -base64 32`).',
    })
    .min(32, 'BETTER_AUTH_SECRET must be at least 32 characters.'),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

let cached: ServerEnv | undefined;

export function serverEnv(): ServerEnv {
  cached ??= serverEnvSchema.parse(process.env);
  return cached;
}
