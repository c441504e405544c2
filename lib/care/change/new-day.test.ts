import { describe, expect, it } from "vitest";
import { recordChangeDecision } from "@/lib/insurance";
import { decideNewDay, movesDate } from "./new-day";

const at = (day: string, hhmm = "10:00") => new Date(`${day}T${hhmm}:00+09:00`);
const on = (day: string) => ({ start: at(day), end: at(day, "12:00") });
const adult = { status: "active" as const, birthDate: "1990-04-01" };
// Turns 13 on 2026-06-10.
const sora = { id: "c1", name: "そら", birthDate: "2013-06-10" };
const facts = (day: string, over = {}) => ({
  proposed: on(day),
  agreedAt: at("2026-06-01", "08:00"),
  parent: adult,
  helper: adult,
  children: [sora],
  connected: true,
  adultAge: 18,
  ...over,
});

describe("movesDate", () => {
  it("by the Tokyo calendar day of the start", () => {
    expect(movesDate(on("2026-06-05"), { start: at("2026-06-05", "14:00"), end: at("2026-06-05", "16:00") })).toBe(false);
    expect(movesDate(on("2026-06-05"), on("2026-06-06"))).toBe(true);
    // 23:30 UTC on the 5th is 08:30 on the 6th in Tokyo.
    expect(movesDate(on("2026-06-06"), { start: new Date("2026-06-05T23:30:00Z"), end: at("2026-06-06", "12:00") })).toBe(false);
  });
});

describe("decideNewDay: the 13th birthday", () => {
  it.each([
    ["the day before the 13th birthday: 12, insured", "2026-06-09", true],
    ["the 13th birthday itself: refused", "2026-06-10", false],
    ["after it: refused", "2026-07-01", false],
  ])("%s", (_label, day, ok) => {
    const result = decideNewDay(facts(day));
    expect(result.ok).toBe(ok);
    if (result.ok) expect(result.snapshot.decision).toEqual({ insured: true, reasons: [], childReasons: [] });
    else expect(result.problem).toEqual({ childId: "c1", name: "そら", reason: "child_too_old", ageYears: 13 });
  });

  it("a child not yet 1 on an earlier day is refused too", () => {
    const baby = { id: "b", name: "はる", birthDate: "2025-06-05" };
    expect(decideNewDay(facts("2026-06-04", { children: [baby] }))).toMatchObject({
      ok: false,
      problem: { reason: "child_too_young", ageYears: 0 },
    });
    expect(decideNewDay(facts("2026-06-05", { children: [baby] })).ok).toBe(true);
  });

  it("an adult under age on the new day: allowed, but not insured, with the reason", () => {
    const young = { status: "active" as const, birthDate: "2008-06-08" };
    const result = decideNewDay(facts("2026-06-07", { helper: young }));
    expect(result).toMatchObject({
      ok: true,
      snapshot: { careDate: "2026-06-07", decision: { insured: false, reasons: ["helper_under_age"] } },
    });
    expect(decideNewDay(facts("2026-06-08", { helper: young }))).toMatchObject({ ok: true, snapshot: { decision: { insured: true } } });
  });

  it("no longer connections: not insured", () => {
    expect(decideNewDay(facts("2026-06-05", { connected: false }))).toMatchObject({
      snapshot: { decision: { insured: false, reasons: ["not_connected"] } },
    });
  });
});

describe("recordChangeDecision", () => {
  it("keeps the original decision and adds the new day's after it", () => {
    const original = decideNewDay(facts("2026-06-05"));
    const moved = decideNewDay(facts("2026-06-07"));
    if (!original.ok || !moved.ok) throw new Error("setup");
    const once = recordChangeDecision(original.snapshot, { changeId: "x", agreedAt: "2026-06-01T00:00:00.000Z", snapshot: moved.snapshot });
    expect(once.careDate).toBe("2026-06-05");
    expect(once.afterChanges?.map((c) => c.snapshot.careDate)).toEqual(["2026-06-07"]);
    const twice = recordChangeDecision(once, { changeId: "y", agreedAt: "2026-06-02T00:00:00.000Z", snapshot: original.snapshot });
    expect(twice.afterChanges?.map((c) => c.changeId)).toEqual(["x", "y"]);
    expect(original.snapshot.afterChanges).toBeUndefined();
  });
});
