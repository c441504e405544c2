import { describe, expect, it } from "vitest";
import { ceilDiv, roundLinesUp } from "./money";

describe("ceilDiv", () => {
  it.each([
    [0, 60, 0],
    [1, 60, 1],
    [60, 60, 1],
    [61, 60, 2],
    [-1, 60, 0],
    [-60, 60, -1],
    [-61, 60, -1],
    [30500, 60, 509],
  ])("ceil(%i / %i) = %i", (n, d, q) => {
    expect(ceilDiv(n, d)).toBe(q);
  });
});

describe("roundLinesUp", () => {
  it("rounds the total up once and the lines add up to it", () => {
    expect(roundLinesUp([37_500, 18_750])).toEqual({ lines: [625, 313], total: 938 });
  });

  it("handles deductions", () => {
    expect(roundLinesUp([30_000, -6_000])).toEqual({ lines: [500, -100], total: 400 });
    expect(roundLinesUp([30_010, -6_000])).toEqual({ lines: [501, -100], total: 401 });
  });

  it("is empty for no lines", () => {
    expect(roundLinesUp([])).toEqual({ lines: [], total: 0 });
  });
});
