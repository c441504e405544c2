import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { MOCKING_UNIT_TESTS } from "@/vitest.config";

const ROOTS = ["lib", "db", "app", "scripts", "test"];

function unitTestFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : unitTestFiles(path);
    return entry.name.endsWith(".test.ts") && !entry.name.endsWith(".integ.test.ts") ? [path] : [];
  });
}

// The unit project shares modules between files (isolate: false): a file that replaced a module
// with vi.mock there would hand its stand-in to the files after it. Such files run apart.
it("every unit test file that calls vi.mock runs in the unit-mocking project, and only those", () => {
  const mocking = ROOTS.flatMap(unitTestFiles)
    .filter((file) => /\bvi\.(mock|doMock)\(/.test(readFileSync(file, "utf8")))
    .sort();
  expect(mocking).toEqual([...MOCKING_UNIT_TESTS].sort());
});
