import { describe, expect, it } from "vitest";
import { orderedPair, otherInRequest, otherOf, sideOf, verifiedSides } from "./pair";

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

  it("name the other side of a connection request and who has entered the digits", () => {
    const request = { fromUser: "a", toUser: "b", fromVerifiedAt: new Date(0), toVerifiedAt: null };
    expect(otherInRequest(request, "a")).toBe("b");
    expect(otherInRequest(request, "b")).toBe("a");
    expect(verifiedSides(request, "a")).toEqual({ mine: true, theirs: false });
    expect(verifiedSides(request, "b")).toEqual({ mine: false, theirs: true });
  });
});
