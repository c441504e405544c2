import { describe, expect, it } from "vitest";
import { categoriesFor, mayAppeal, sortQueue } from "./desk";

describe("who may ask the desk about what", () => {
  it("offers the appeal only to a suspended member who has not appealed yet", () => {
    expect(mayAppeal({ kind: "member", suspended: true, appealed: false })).toBe(true);
    expect(mayAppeal({ kind: "member", suspended: true, appealed: true })).toBe(false);
    expect(mayAppeal({ kind: "member", suspended: false, appealed: false })).toBe(false);
    expect(mayAppeal({ kind: "visitor" })).toBe(false);
    expect(categoriesFor({ kind: "member", suspended: true, appealed: false })).toEqual(["appeal", "safety", "money", "account", "other"]);
    expect(categoriesFor({ kind: "member", suspended: true, appealed: true })).toEqual(["safety", "money", "account", "other"]);
    expect(categoriesFor({ kind: "visitor" })).toEqual(["safety", "money", "account", "other"]);
  });
});

describe("the desk's queue", () => {
  const at = (m: number) => new Date(Date.UTC(2026, 10, 30, 0, m));
  it("puts waiting safety topics first, then appeals, then the rest oldest first; answered ones last, newest first", () => {
    const threads = [
      { id: "money-old", category: "money", state: "open", updatedAt: at(1) },
      { id: "answered-old", category: "safety", state: "answered", updatedAt: at(0) },
      { id: "safety-new", category: "safety", state: "open", updatedAt: at(9) },
      { id: "other-new", category: "other", state: "open", updatedAt: at(8) },
      { id: "appeal", category: "appeal", state: "open", updatedAt: at(7) },
      { id: "safety-old", category: "safety", state: "open", updatedAt: at(5) },
      { id: "closed-new", category: "account", state: "closed", updatedAt: at(6) },
    ] as const;
    expect(sortQueue([...threads]).map((t) => t.id)).toEqual([
      "safety-old",
      "safety-new",
      "appeal",
      "money-old",
      "other-new",
      "closed-new",
      "answered-old",
    ]);
  });
});
