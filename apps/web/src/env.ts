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
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

let cached: ServerEnv | undefined;

export function serverEnv(): ServerEnv {
  cached ??= serverEnvSchema.parse(process.env);
  return cached;
}
