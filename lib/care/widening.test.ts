import { describe, expect, it } from "vitest";
import { newRecipients, type WidenFacts, widenAtFor, widenDue, widenStatus, widensTooLate } from "./widening";

const now = new Date("2026-11-30T03:00:00Z");
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const facts = (o: Partial<WidenFacts> = {}): WidenFacts => ({ state: "open", startAt: at(180), widenAt: at(-1), widenedAt: null, ...o });

describe("widenAtFor / widensTooLate", () => {
  it("is the delay after posting", () => {
    expect(widenAtFor(now, 30)).toEqual(at(30));
    expect(widenAtFor(now, 180)).toEqual(at(180));
  });
  it("refuses a widening at or after the start", () => {
    expect(widensTooLate(at(60), at(60))).toBe(true);
    expect(widensTooLate(at(61), at(60))).toBe(true);
    expect(widensTooLate(at(59), at(60))).toBe(false);
  });
});

describe("widenDue", () => {
  it("is due once its time came, nobody said OK and the start is ahead", () => {
    expect(widenDue(facts(), now)).toBe(true);
    expect(widenDue(facts({ widenAt: now }), now)).toBe(true);
  });
  it("is not due before its time", () => {
    expect(widenDue(facts({ widenAt: at(1) }), now)).toBe(false);
  });
  it("is not due without a widening, or once it was done", () => {
    expect(widenDue(facts({ widenAt: null }), now)).toBe(false);
    expect(widenDue(facts({ widenedAt: at(-0.5) }), now)).toBe(false);
  });
  it("is not due once someone said OK, or the request left 'open'", () => {
    for (const state of ["offered", "matched", "withdrawn", "expired", "cancelled"] as const) {
      expect(widenDue(facts({ state }), now)).toBe(false);
    }
  });
  it("is not due once the start has come", () => {
    expect(widenDue(facts({ startAt: now }), now)).toBe(false);
    expect(widenDue(facts({ startAt: at(-10) }), now)).toBe(false);
  });
});

describe("newRecipients", () => {
  it("leaves out who was asked already, the parent, and repeats", () => {
    expect(newRecipients(["a", "b", "c", "b", "p"], ["a"], "p")).toEqual(["b", "c"]);
    expect(newRecipients(["a"], ["a"], "p")).toEqual([]);
  });
});

describe("widenStatus", () => {
  it("tells the parent when the widening will come, that it came, or nothing", () => {
    expect(widenStatus(facts({ widenAt: at(30) }), now)).toEqual({ kind: "pending", at: at(30) });
    expect(widenStatus(facts({ widenedAt: at(-5) }), now)).toEqual({ kind: "done", at: at(-5) });
    expect(widenStatus(facts({ widenAt: at(30), state: "offered" }), now)).toBeNull();
    expect(widenStatus(facts({ widenAt: null }), now)).toBeNull();
  });
});
