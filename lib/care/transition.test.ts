import { describe, expect, it } from "vitest";
import {
  CARE_EVENT_TYPES,
  CARE_STATES,
  type CareEvent,
  type CareEventType,
  type CareState,
  type Role,
  TERMINAL_STATES,
  type TransitionContext,
} from "./states";
import { transition } from "./transition";

const at = (hhmm: string) => new Date(`2026-06-01T${hhmm}:00+09:00`);
const start = at("10:00");
const end = at("12:00");

/** Each event with a payload and an actor and time that satisfy its guards. */
const SAMPLE: Record<CareEventType, { event: CareEvent; actor: Role; now: Date }> = {
  offer: { event: { type: "offer" }, actor: "recipient", now: at("08:00") },
  choose: { event: { type: "choose" }, actor: "parent", now: at("08:00") },
  withdraw: { event: { type: "withdraw" }, actor: "parent", now: at("08:00") },
  expire: { event: { type: "expire" }, actor: "system", now: at("10:00") },
  cancel: { event: { type: "cancel", reason: "熱が出た", noShow: true }, actor: "parent", now: at("10:30") },
  end_passed: { event: { type: "end_passed" }, actor: "system", now: at("12:00") },
  report: { event: { type: "report" }, actor: "helper", now: at("12:30") },
  confirm: { event: { type: "confirm" }, actor: "parent", now: at("13:00") },
  dispute: { event: { type: "dispute", reason: "時間が違う" }, actor: "parent", now: at("13:00") },
  resolve: { event: { type: "resolve", outcome: "completed" }, actor: "admin", now: at("15:00") },
  settle: { event: { type: "settle" }, actor: "system", now: at("13:00") },
};

const LEGAL: Record<CareState, Partial<Record<CareEventType, CareState>>> = {
  open: { offer: "offered", withdraw: "withdrawn", expire: "expired" },
  offered: { offer: "offered", choose: "matched", withdraw: "withdrawn", expire: "expired" },
  matched: { cancel: "cancelled", end_passed: "awaiting_report" },
  awaiting_report: { cancel: "cancelled", report: "reported" },
  reported: { report: "reported", confirm: "completed", dispute: "disputed" },
  disputed: { resolve: "completed" },
  completed: { settle: "settled" },
  expired: {},
  withdrawn: {},
  cancelled: {},
  settled: {},
};

function expected(state: CareState, type: CareEventType) {
  const next = LEGAL[state][type];
  if (next) return { ok: true, state: next };
  if (TERMINAL_STATES.has(state)) return { ok: false, error: "terminal_state" };
  if (state === "open" && type === "choose") return { ok: false, error: "no_offers" };
  return { ok: false, error: "wrong_state" };
}

const ctx = (actor: Role, now: Date): TransitionContext => ({ actor, now, start, end });
const pairs = CARE_STATES.flatMap((state) => CARE_EVENT_TYPES.map((type) => [state, type] as const));

describe("transition: every (state, event) pair", () => {
  it("covers all 11 × 11 pairs", () => {
    expect(pairs).toHaveLength(121);
  });

  it.each(pairs)("%s + %s", (state, type) => {
    const { event, actor, now } = SAMPLE[type];
    expect(transition(state, event, ctx(actor, now))).toEqual(expected(state, type));
  });
});

const ROLES: Role[] = ["parent", "helper", "recipient", "admin", "system"];
const ALLOWED: Record<CareEventType, Role[]> = {
  offer: ["recipient"],
  choose: ["parent"],
  withdraw: ["parent", "system"],
  expire: ["system"],
  cancel: ["parent", "helper", "system"],
  end_passed: ["system"],
  report: ["helper"],
  confirm: ["parent"],
  dispute: ["parent"],
  resolve: ["admin"],
  settle: ["system", "admin"],
};
const FROM: Record<CareEventType, CareState> = {
  offer: "open",
  choose: "offered",
  withdraw: "open",
  expire: "offered",
  cancel: "matched",
  end_passed: "matched",
  report: "awaiting_report",
  confirm: "reported",
  dispute: "reported",
  resolve: "disputed",
  settle: "completed",
};

describe("transition: roles", () => {
  const cases = CARE_EVENT_TYPES.flatMap((type) => ROLES.map((role) => [type, role, ALLOWED[type].includes(role)] as const));
  it.each(cases)("%s by %s → allowed: %s", (type, role, allowed) => {
    const { event, now } = SAMPLE[type];
    const sampleNow = type === "cancel" ? at("09:00") : now;
    const result = transition(FROM[type], event, ctx(role, sampleNow));
    expect(result.ok ? "ok" : result.error).toBe(allowed ? "ok" : "wrong_role");
  });
});
