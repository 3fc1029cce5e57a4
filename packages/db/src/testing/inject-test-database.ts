import { inject } from 'vitest';
import type { TestDatabaseTarget } from '../test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseTarget: TestDatabaseTarget;
    /** The server the `db-external` project makes its database on (see databaseTestProjects). */
    externalServerUrl?: string;
  }
}

/** The migrated database that the project's globalSetup created for this test run. */
export function injectTestDatabase(): { url: string; target: TestDatabaseTarget } {
  return { url: inject('databaseUrl'), target: inject('databaseTarget') };
}
