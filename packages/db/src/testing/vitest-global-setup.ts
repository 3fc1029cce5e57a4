import type { TestProject } from 'vitest/node';
import { createTestDatabase, type TestDatabaseTarget } from '../test-database';
import './inject-test-database';

/** Vitest globalSetup: one migrated database per test project, handed to tests with `inject`. */
export function databaseGlobalSetup(target: TestDatabaseTarget) {
  return async function setup(project: TestProject) {
    const database = await createTestDatabase(
      target === 'embedded'
        ? { target }
        : { target, serverUrl: externalServerUrl(project.getProvidedContext().externalServerUrl) },
    );
    project.provide('databaseUrl', database.url);
    project.provide('databaseTarget', target);
    return () => database.dispose();
  };
}

function externalServerUrl(url: string | undefined): string {
  if (!url)
    throw new Error('The external test pass needs a server URL (databaseTestProjects’ externalServerUrl).');
  return url;
}
