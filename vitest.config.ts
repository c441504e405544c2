import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("./", import.meta.url));
const alias = { "@": root, "server-only": fileURLToPath(new URL("./test/server-only-stub.ts", import.meta.url)) };

/** The unit test files that call vi.mock (test/vitest-projects.test.ts checks this list against the files). */
export const MOCKING_UNIT_TESTS = ["lib/action.test.ts"];

export default defineConfig({
  resolve: { alias },
  test: {
    // One file per core at a time (Vitest's default leaves one core idle).
    maxWorkers: "100%",
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["{lib,db,app,scripts,test}/**/*.test.ts"],
          exclude: ["**/*.integ.test.ts", "node_modules/**", ...MOCKING_UNIT_TESTS],
          environment: "node",
          // Pure tests share a worker's modules from file to file: the run took a fifth of the CPU
          // time it took with a fresh module graph per file (14 against 71 CPU-seconds).
          isolate: false,
        },
      },
      {
        resolve: { alias },
        test: {
          // Files that replace modules (vi.mock) get a module graph of their own, so that their
          // stand-ins never reach another file.
          name: "unit-mocking",
          include: MOCKING_UNIT_TESTS,
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integ",
          include: ["{lib,db,app,scripts,test}/**/*.integ.test.ts"],
          environment: "node",
          // Files run side by side, each on databases of its own (test/db.ts), copied from ones
          // migrated once per run; a worker keeps its modules (PGlite, the schema) from file to file.
          globalSetup: ["test/integ-setup.ts"],
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
