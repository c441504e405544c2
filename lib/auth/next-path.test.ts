import { describe, expect, it } from "vitest";
import { safeNextPath } from "./next-path";

describe("safeNextPath", () => {
  it("keeps a path on this site", () => {
    expect(safeNextPath("/c/abc123")).toBe("/c/abc123");
    expect(safeNextPath("/g/xyz?from=line")).toBe("/g/xyz?from=line");
  });

  it.each([undefined, "", "https://evil.example", "//evil.example", "/\\evil.example", "home", "/a\nb"])(
    "falls back to home for %j",
    (value) => {
      expect(safeNextPath(value)).toBe("/home");
    },
  );
});
