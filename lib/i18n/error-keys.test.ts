import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { messagesFor } from "./messages";

// Every literal error key thrown in the code must have a translation under "errors", or members
// would read a raw key like "errors.careDuring.nap_closed".
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

const thrownKeys = [
  ...new Set(
    ["lib", "app"]
      .flatMap(sourceFiles)
      .flatMap((f) => [...readFileSync(f, "utf8").matchAll(/AppError\(\s*"\w+",\s*\{[^}]*?\bkey: "([\w.]+)"/g)].map((m) => m[1]!)),
  ),
];

function has(tree: unknown, path: string): boolean {
  const leaf = path
    .split(".")
    .reduce<unknown>((node, k) => (node && typeof node === "object" ? (node as Record<string, unknown>)[k] : undefined), tree);
  return typeof leaf === "string";
}

describe("error keys thrown by the code", () => {
  it("are found in the source (the check is not empty)", () => {
    expect(thrownKeys.length).toBeGreaterThan(20);
  });

  it.each(["ja", "en"] as const)("all have a %s translation under errors", (locale) => {
    const errors = messagesFor(locale).errors;
    expect(thrownKeys.filter((k) => !has(errors, k))).toEqual([]);
  });
});
