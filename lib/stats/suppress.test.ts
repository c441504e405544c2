import { describe, expect, it } from "vitest";
import { type Cell, type Shown, showBreakdown, showCell } from "./suppress";

const c = (value: number, members: number): Cell => ({ value, members });
const values = (m: Map<string, Shown>) => Object.fromEntries([...m].map(([k, s]) => [k, s.suppressed ? "<5" : s.value]));

describe("suppression", () => {
  it("hides a cell computed from 1 to 4 members, shows 5 or more and an empty cell", () => {
    expect(showCell(c(3, 4))).toEqual({ suppressed: true });
    expect(showCell(c(9, 5))).toEqual({ suppressed: false, value: 9 });
    expect(showCell(c(0, 0))).toEqual({ suppressed: false, value: 0 });
  });

  it("hides a second cell when one alone would be recoverable from the total", () => {
    const cells = new Map([
      ["a", c(20, 12)],
      ["b", c(3, 2)],
      ["c", c(8, 6)],
    ]);
    const out = showBreakdown(cells, c(31, 20));
    expect(values(out.cells)).toEqual({ a: 20, b: "<5", c: "<5" });
    expect(out.total).toEqual({ suppressed: false, value: 31 });
  });

  it("needs no second cell when two are already hidden, and hides the total when nothing else can be", () => {
    const two = showBreakdown(
      new Map([
        ["a", c(20, 12)],
        ["b", c(3, 2)],
        ["c", c(2, 1)],
      ]),
      c(25, 15),
    );
    expect(values(two.cells)).toEqual({ a: 20, b: "<5", c: "<5" });
    const alone = showBreakdown(new Map([["a", c(3, 2)]]), c(3, 2));
    expect(alone.total).toEqual({ suppressed: true });
  });
});
