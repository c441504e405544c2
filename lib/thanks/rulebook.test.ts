import { describe, expect, it } from "vitest";
import { DEFAULT_RULEBOOK, FAMISAPO_EXAMPLE_RULEBOOK, parseRulebook, type Rulebook } from "./rulebook";

const roundTrip = (r: Rulebook): unknown => JSON.parse(JSON.stringify(r));

function issuesOf(json: unknown): string[] {
  const result = parseRulebook(json);
  return result.ok ? [] : result.issues.map((i) => i.path);
}

describe("parseRulebook", () => {
  it.each([
    ["default", DEFAULT_RULEBOOK],
    ["ファミサポ example", FAMISAPO_EXAMPLE_RULEBOOK],
  ])("accepts the %s rulebook after a JSON round trip", (_name, rulebook) => {
    expect(parseRulebook(roundTrip(rulebook))).toEqual({ ok: true, rulebook });
  });

  const broken = (change: (r: Record<string, unknown>) => void) => {
    const json = roundTrip(FAMISAPO_EXAMPLE_RULEBOOK) as Record<string, unknown>;
    change(json);
    return json;
  };

  it.each<[string, (r: any) => void, string]>([
    ["an unknown key (a typo)", (r) => (r.surchages = []), ""],
    ["a missing field", (r) => delete r.waiverAllowed, "waiverAllowed"],
    ["a fractional rate", (r) => (r.rates.firstChildPerHourYen = 500.5), "rates.firstChildPerHourYen"],
    ["a negative rate", (r) => (r.rates.extraChildPerHourYen = -250), "rates.extraChildPerHourYen"],
    ["a zero time unit", (r) => (r.timeUnits.unitMinutes = 0), "timeUnits.unitMinutes"],
    [
      "a window crossing midnight",
      (r) => (r.surcharges[0].windows = [{ days: ["mon"], from: "22:00", to: "05:00" }]),
      "surcharges.0.windows.0.to",
    ],
    ["a malformed clock time", (r) => (r.surcharges[0].windows[0].from = "7:00"), "surcharges.0.windows.0.from"],
    ["an unknown day", (r) => (r.surcharges[0].windows[0].days = ["monday"]), "surcharges.0.windows.0.days.0"],
    ["a percent over 100", (r) => (r.cancellation.noShowPercent = 150), "cancellation.noShowPercent"],
    ["an unknown tier kind", (r) => (r.cancellation.tiers = [{ kind: "weekly", key: "w", percent: 5 }]), "cancellation.tiers.0.kind"],
    ["duplicate surcharge keys", (r) => r.surcharges.push(r.surcharges[0]), "surcharges"],
    ["a key that is not snake_case", (r) => (r.key = "Famisapo Example"), "key"],
    ["a discount above the base rate", (r) => (r.singleParentDiscountPerHourYen = 600), "singleParentDiscountPerHourYen"],
  ])("rejects %s", (_label, change, path) => {
    expect(issuesOf(broken(change))).toContain(path);
  });

  it("accepts 24:00 as the end of a window", () => {
    const json = broken((r: any) => (r.surcharges[0].windows = [{ days: ["sat"], from: "19:00", to: "24:00" }]));
    expect(parseRulebook(json).ok).toBe(true);
  });

  it("rejects something that is not an object", () => {
    expect(parseRulebook(null).ok).toBe(false);
    expect(parseRulebook("otagai_default").ok).toBe(false);
  });
});
