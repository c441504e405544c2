import { describe, expect, it } from "vitest";
import { jst } from "@/test/thanks-facts";
import { type CancellationFacts, computeCancellationCharge, isLateCancellation } from "./cancellation";
import { DEFAULT_RULEBOOK, FAMISAPO_EXAMPLE_RULEBOOK as FAMISAPO, type Rulebook } from "./rulebook";

const start = jst("2026-06-01T10:00");
const HOUR = 60 * 60 * 1000;

function charge(rulebook: Rulebook, over: Partial<CancellationFacts>) {
  const result = computeCancellationCharge(rulebook, {
    agreedYen: 1000,
    cancelledAt: jst("2026-06-01T08:00"),
    start,
    byWhom: "parent",
    noShow: false,
    ...over,
  });
  if (!result.ok) throw new Error(result.error);
  return result.charge;
}

describe("isLateCancellation", () => {
  it.each([
    ["25 h before", new Date(start.getTime() - 25 * HOUR), false],
    ["exactly 24 h before", new Date(start.getTime() - 24 * HOUR), false],
    ["24 h minus 1 ms before", new Date(start.getTime() - 24 * HOUR + 1), true],
    ["1 min before", new Date(start.getTime() - 60_000), true],
    ["at the start", start, true],
    ["after the start", new Date(start.getTime() + HOUR), true],
  ])("%s → %s", (_label, cancelledAt, late) => {
    expect(isLateCancellation(cancelledAt, start)).toBe(late);
  });
});

describe("default rulebook: cancellations cost nothing", () => {
  it.each([
    ["same day", {}],
    ["no-show", { noShow: true }],
    ["a week before", { cancelledAt: jst("2026-05-25T10:00") }],
  ])("%s → 0 yen", (_label, over) => {
    expect(charge(DEFAULT_RULEBOOK, over).yen).toBe(0);
  });

  it("still reports whether it was late, for the member's record", () => {
    expect(charge(DEFAULT_RULEBOOK, {}).late).toBe(true);
    expect(charge(DEFAULT_RULEBOOK, { cancelledAt: jst("2026-05-25T10:00") }).late).toBe(false);
  });
});

describe("ファミサポ example: same-day half, no-show full", () => {
  it("a same-day cancellation costs half the agreed amount", () => {
    expect(charge(FAMISAPO, {})).toEqual({ yen: 500, percent: 50, basis: "tier", tierKey: "same_day", late: true });
  });

  it("half of an odd amount rounds up", () => {
    expect(charge(FAMISAPO, { agreedYen: 1101 }).yen).toBe(551);
  });

  it("the day before (in Tokyo) is free, even late in the evening and within 24 h", () => {
    const charged = charge(FAMISAPO, { cancelledAt: jst("2026-05-31T23:59") });
    expect(charged).toEqual({ yen: 0, percent: 0, basis: "none", late: true });
  });

  it("uses the Tokyo calendar: 23:59 JST on the 31st and 00:30 JST on the 1st share a UTC date but not a Tokyo one", () => {
    const earlyStart = jst("2026-06-01T00:30");
    expect(charge(FAMISAPO, { start: earlyStart, cancelledAt: jst("2026-05-31T23:59") }).yen).toBe(0);
    expect(charge(FAMISAPO, { start: earlyStart, cancelledAt: jst("2026-06-01T00:00") }).yen).toBe(500);
  });

  it("a cancellation after the start still counts as same-day", () => {
    expect(charge(FAMISAPO, { cancelledAt: jst("2026-06-01T10:30") }).yen).toBe(500);
  });

  it("a parent's no-show costs the full agreed amount", () => {
    const charged = charge(FAMISAPO, { noShow: true, cancelledAt: start });
    expect(charged).toEqual({ yen: 1000, percent: 100, basis: "no_show", late: true });
  });

  it("the parent pays nothing when the helper cancels or does not come", () => {
    expect(charge(FAMISAPO, { byWhom: "helper" }).yen).toBe(0);
    expect(charge(FAMISAPO, { byWhom: "helper", noShow: true }).basis).toBe("helper_side");
  });
});

describe("tiers as data", () => {
  const tiered: Rulebook = {
    ...DEFAULT_RULEBOOK,
    cancellation: {
      tiers: [
        { kind: "within_hours", key: "within_24h", hours: 24, percent: 30 },
        { kind: "same_day", key: "same_day", percent: 50 },
      ],
      noShowPercent: 20,
    },
  };

  it("the dearest applicable tier wins, whatever the order", () => {
    expect(charge(tiered, {}).tierKey).toBe("same_day");
    expect(charge(tiered, { cancelledAt: jst("2026-05-31T12:00") })).toMatchObject({ yen: 300, tierKey: "within_24h" });
    expect(charge(tiered, { cancelledAt: jst("2026-05-31T10:00") }).yen).toBe(0);
  });

  it("a no-show is never cheaper than the last-minute tier", () => {
    expect(charge(tiered, { noShow: true, cancelledAt: start })).toMatchObject({ yen: 500, basis: "no_show" });
  });
});

describe("bad input", () => {
  it.each([
    [{ agreedYen: -1 }, "invalid_agreed_yen"],
    [{ agreedYen: 10.5 }, "invalid_agreed_yen"],
    [{ cancelledAt: new Date("nope") }, "invalid_time"],
  ])("%o → %s", (over, error) => {
    const result = computeCancellationCharge(FAMISAPO, {
      agreedYen: 1000,
      cancelledAt: start,
      start,
      byWhom: "parent",
      noShow: false,
      ...over,
    });
    expect(result).toEqual({ ok: false, error });
  });
});
