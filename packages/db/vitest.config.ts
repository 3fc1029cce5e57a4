import { defineConfig } from 'vitest/config';
import { databaseTestProjects } from './src/testing/database-test-projects';

export default defineConfig({
  test: { projects: databaseTestProjects({ externalServerUrl: process.env.DATABASE_URL }) },
});
