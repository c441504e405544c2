import { describe, expect, it } from "vitest";
import { effectiveState } from "./effective-state";
import { CARE_STATES, type CareState } from "./states";

const at = (hhmm: string) => new Date(`2026-06-01T${hhmm}:00+09:00`);
const start = at("10:00");
const end = at("12:00");
const effective = (state: CareState, now: string) => effectiveState({ state, start, end }, at(now));

describe("effectiveState", () => {
  it.each([
    ["open", "09:59", "open"],
    ["open", "10:00", "expired"],
    ["offered", "09:59", "offered"],
    ["offered", "10:00", "expired"],
    ["matched", "10:00", "matched"],
    ["matched", "11:59", "matched"],
    ["matched", "12:00", "awaiting_report"],
    ["matched", "23:00", "awaiting_report"],
  ] as const)("%s at %s → %s", (state, now, result) => {
    expect(effective(state, now)).toBe(result);
  });

  const untouched = CARE_STATES.filter((s) => s !== "open" && s !== "offered" && s !== "matched");
  it.each(untouched)("%s does not change with time", (state) => {
    expect(effective(state, "08:00")).toBe(state);
    expect(effective(state, "23:59")).toBe(state);
  });
});
