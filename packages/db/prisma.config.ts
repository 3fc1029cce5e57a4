import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma/config';

// The Wasm schema engine ("js") is the only one that works offline; without DATABASE_URL the CLI
// silently falls back to the native engine and tries to download it, so a placeholder is set for
// commands such as `prisma generate` that never connect.
process.env.DATABASE_URL ??= 'postgresql://placeholder@127.0.0.1:1/placeholder';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(import.meta.dirname, '../../prisma/schema.prisma'),
  migrations: { path: path.join(import.meta.dirname, '../../prisma/migrations') },
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL }),
});
