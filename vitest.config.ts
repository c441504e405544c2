import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("./", import.meta.url));
const alias = { "@": root, "server-only": fileURLToPath(new URL("./test/server-only-stub.ts", import.meta.url)) };

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
          exclude: ["**/*.integ.test.ts", "node_modules/**"],
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
