import { z } from 'zod';

/**
 * The server's environment, read and validated once. DATABASE_URL is always set at run time:
 * by the deployment, or by scripts/with-database.ts after it starts the embedded server.
 */
const serverEnvSchema = z.object({
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
  /** The public origin of the app. Cookies are marked Secure when it is https. */
  LIQLAB_PUBLIC_URL: z.url().default('http://localhost:3000'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

let cached: ServerEnv | undefined;

export function serverEnv(): ServerEnv {
  cached ??= serverEnvSchema.parse(process.env);
  return cached;
}
