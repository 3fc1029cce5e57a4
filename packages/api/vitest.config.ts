import { databaseTestProjects } from '@liqlab/db/testing/database-test-projects';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { projects: databaseTestProjects({ externalServerUrl: process.env.DATABASE_URL }) },
});
