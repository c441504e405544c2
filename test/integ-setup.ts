import type { TestProject } from "vitest/node";
import { prepareTestDatabases } from "./db";

// Vitest globalSetup of the integration project: migrate once, then every test database is a copy.
export default async function setup(project: TestProject) {
  const prepared = await prepareTestDatabases();
  project.provide("pgliteSnapshot", prepared.pgliteSnapshot);
  project.provide("pgTemplate", prepared.pgTemplate);
  return () => prepared.dispose();
}
