import { fileURLToPath } from 'node:url';
import type { TestProjectInlineConfiguration } from 'vitest/config';

const setupFile = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url));

/**
 * Vitest projects shared by every package with database tests: `unit` (no database),
 * `db-embedded` (a throw-away embedded PostgreSQL) and, when `externalServerUrl` is given (the
 * package's vitest config passes DATABASE_URL), `db-external` (a fresh database on that server) —
 * the same integration tests run on both.
 */
export function databaseTestProjects(options: {
  externalServerUrl?: string;
}): TestProjectInlineConfiguration[] {
  const integration = ['src/**/*.integration.test.ts'];
  const projects: TestProjectInlineConfiguration[] = [
    // The embedded-server unit tests start PostgreSQL: seconds on a busy machine, not a failure.
    {
      extends: true,
      test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: integration, testTimeout: 60_000 },
    },
    {
      extends: true,
      test: {
        name: 'db-embedded',
        include: integration,
        globalSetup: [setupFile('global-setup-embedded.ts')],
        hookTimeout: 120_000,
        testTimeout: 60_000,
      },
    },
  ];
  if (options.externalServerUrl) {
    projects.push({
      extends: true,
      test: {
        name: 'db-external',
        include: integration,
        provide: { externalServerUrl: options.externalServerUrl },
        globalSetup: [setupFile('global-setup-external.ts')],
        hookTimeout: 120_000,
        testTimeout: 60_000,
      },
    });
  }
  return projects;
}
