import { describe, expect, it } from "vitest";
import { addParts, countCell, hoursCell, part, percent, rateCell } from "./parts";
import { showCell } from "./suppress";

describe("parts that sum across months", () => {
  it("keep a month's members only while fewer than five", () => {
    expect(part(3, ["b", "a", "a"])).toEqual({ value: 3, of: 0, ids: ["a", "b"] });
    expect(part(9, ["a", "b", "c", "d", "e"]).ids).toBeNull();
  });

  it("count a member who is in two months once", () => {
    const april = part(1, ["a"]);
    const may = part(2, ["a", "b"]);
    const both = addParts(april, may);
    expect(countCell(both)).toEqual({ value: 3, members: 2 });
    expect(showCell(countCell(both))).toEqual({ suppressed: true });
  });

  it("reach five members from small months, and stay there once a month has five", () => {
    const small = addParts(part(3, ["a", "b", "c"]), part(2, ["c", "d", "e"]));
    expect(small.ids).toBeNull();
    expect(showCell(countCell(small))).toEqual({ suppressed: false, value: 5 });
    const big = addParts(part(10, ["a", "b", "c", "d", "e", "f"]), part(1, ["z"]));
    expect(countCell(big)).toEqual({ value: 11, members: 5 });
  });

  it("sum shares as hits over counted, and minutes as hours", () => {
    const rate = addParts(part(1, ["a"], 2), part(2, ["b", "c", "d", "e"], 2));
    expect(rateCell(rate)).toEqual({ value: 75, members: 5 });
    expect(rateCell(part(0, [], 0)).value).toBeNull();
    expect(hoursCell(addParts(part(90, ["a"]), part(45, ["b"])))).toEqual({ value: 2.3, members: 2 });
  });
});

describe("percent: the one rounding of every share shown (dashboard one decimal, landing page whole)", () => {
  it.each([
    [17, 20, 0, 85],
    [171, 200, 0, 86],
    [2, 3, 1, 66.7],
    [1, 3, 1, 33.3],
    [1, 8, 1, 12.5],
    [1, 8, 0, 13],
    [5, 5, 1, 100],
  ])("%i of %i to %i places is %d", (part, whole, decimals, expected) => {
    expect(percent(part, whole, decimals)).toBe(expected);
  });
});
