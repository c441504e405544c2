import { describe, expect, it } from "vitest";
import { orderedPair, otherOf, sideOf } from "./pair";

describe("pairs", () => {
  it("store a pair in one order whoever comes first", () => {
    expect(orderedPair("b", "a")).toEqual(["a", "b"]);
    expect(orderedPair("a", "b")).toEqual(["a", "b"]);
  });

  it("name each member's side and the other member, and refuse an outsider", () => {
    const pair = { userA: "a", userB: "b" };
    expect(sideOf(pair, "b")).toBe("b");
    expect(otherOf(pair, "a")).toBe("b");
    expect(() => sideOf(pair, "c")).toThrow();
  });
});
