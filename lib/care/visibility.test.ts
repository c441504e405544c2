import { describe, expect, it } from "vitest";
import { CARE_STATES, type Role } from "./states";
import { careDetailsVisible, requestRole } from "./visibility";

const end = new Date("2026-06-01T12:00:00+09:00");
const HOUR = 60 * 60 * 1000;
const after = (ms: number) => new Date(end.getTime() + ms);

describe("careDetailsVisible", () => {
  it.each([
    ["at matching, days before", new Date("2026-05-28T09:00:00+09:00"), true],
    ["during the care", new Date("2026-06-01T11:00:00+09:00"), true],
    ["23:59 after the end", after(24 * HOUR - 60_000), true],
    ["exactly 24 h after the end", after(24 * HOUR), false],
    ["a week later", after(7 * 24 * HOUR), false],
  ])("the chosen helper, %s → %s", (_label, now, visible) => {
    expect(careDetailsVisible("helper", "matched", end, now)).toBe(visible);
  });

  const during = new Date("2026-06-01T11:00:00+09:00");
  const matched = ["matched", "awaiting_report", "reported", "disputed", "completed", "settled"];
  const rows = CARE_STATES.map((state) => [state, matched.includes(state)] as const);
  it.each(rows)("the helper in state %s → %s", (state, visible) => {
    expect(careDetailsVisible("helper", state, end, during)).toBe(visible);
  });

  it.each<[Role, boolean]>([
    ["parent", true],
    ["recipient", false],
    ["admin", false],
    ["system", false],
  ])("%s → %s", (role, visible) => {
    expect(careDetailsVisible(role, "matched", end, during)).toBe(visible);
  });

  it("the parent always sees their own children's details", () => {
    expect(careDetailsVisible("parent", "open", end, after(30 * 24 * HOUR))).toBe(true);
  });
});

describe("requestRole", () => {
  const base = { isParent: false, isHelper: false, asked: false, connected: false, blocked: false };
  it.each([
    ["the parent, whatever else holds", { isParent: true, blocked: true }, "parent"],
    ["the chosen helper", { isHelper: true, asked: true, connected: true }, "helper"],
    ["the chosen helper after a removed connection", { isHelper: true, asked: true }, "helper"],
    ["the chosen helper, blocked either way", { isHelper: true, asked: true, connected: true, blocked: true }, null],
    ["someone asked and still connected", { asked: true, connected: true }, "recipient"],
    ["someone asked, no longer connected", { asked: true }, null],
    ["someone asked, connected but blocked", { asked: true, connected: true, blocked: true }, null],
    ["a connection who was not asked", { connected: true }, null],
  ] as const)("%s → %s", (_label, facts, role) => {
    expect(requestRole({ ...base, ...facts })).toBe(role);
  });
});
