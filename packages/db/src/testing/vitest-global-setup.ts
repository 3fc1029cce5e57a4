import type { TestProject } from 'vitest/node';
import { createTestDatabase, type TestDatabaseTarget } from '../test-database';
import './inject-test-database';

/** Vitest globalSetup: one migrated database per test project, handed to tests with `inject`. */
export function databaseGlobalSetup(target: TestDatabaseTarget) {
  return async function setup(project: TestProject) {
    const database = await createTestDatabase(target);
    project.provide('databaseUrl', database.url);
    project.provide('databaseTarget', target);
    return () => database.dispose();
  };
}
