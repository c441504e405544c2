import {
  type CareEvent,
  type CareEventType,
  type CareState,
  OPEN_STATES,
  type Role,
  type TransitionContext,
  type TransitionError,
} from "./states";

type Rule<E extends CareEvent> = {
  from: readonly CareState[];
  roles: readonly Role[];
  to: (event: E) => CareState;
  guard?: (event: E, ctx: TransitionContext, state: CareState) => TransitionError | null;
};
type Rules = { [K in CareEventType]: Rule<Extract<CareEvent, { type: K }>> };
export type AnyRule = Rule<CareEvent>;

const before = (a: Date, b: Date) => a.getTime() < b.getTime();
const beforeStart = (_e: unknown, ctx: TransitionContext) => (before(ctx.now, ctx.start) ? null : "start_passed");
const needsReason = (reason: unknown) => (typeof reason === "string" && reason.trim() !== "" ? null : "reason_required");

/**
 * The request life cycle of DOMAIN.md. "system" may withdraw or cancel so
 * blocking and suspension can end requests nobody else would.
 */
export const RULES: Rules = {
  offer: { from: OPEN_STATES, roles: ["recipient"], to: () => "offered", guard: beforeStart },
  choose: { from: ["offered"], roles: ["parent"], to: () => "matched", guard: beforeStart },
  withdraw: { from: OPEN_STATES, roles: ["parent", "system"], to: () => "withdrawn", guard: beforeStart },
  expire: {
    from: OPEN_STATES,
    roles: ["system"],
    to: () => "expired",
    guard: (_e, ctx) => (before(ctx.now, ctx.start) ? "too_early" : null),
  },
  cancel: {
    from: ["matched", "awaiting_report"],
    roles: ["parent", "helper", "system"],
    to: () => "cancelled",
    // Once the end has passed only a no-show can be recorded: the care did not happen.
    guard: (e, ctx, state) => {
      const ended = state === "awaiting_report" || !before(ctx.now, ctx.end);
      if (ended && !e.noShow) return "end_passed";
      return needsReason(e.reason);
    },
  },
  end_passed: {
    from: ["matched"],
    roles: ["system"],
    to: () => "awaiting_report",
    guard: (_e, ctx) => (before(ctx.now, ctx.end) ? "too_early" : null),
  },
  // A helper may correct the report until the parent confirms it.
  report: { from: ["awaiting_report", "reported"], roles: ["helper"], to: () => "reported" },
  confirm: { from: ["reported"], roles: ["parent"], to: () => "completed" },
  dispute: { from: ["reported"], roles: ["parent"], to: () => "disputed", guard: (e) => needsReason(e.reason) },
  resolve: {
    from: ["disputed"],
    roles: ["admin"],
    to: (e) => e.outcome,
    guard: (e) => (e.outcome === "reported" || e.outcome === "completed" ? null : "invalid_outcome"),
  },
  // Card payments settle from the webhook, cash once both sides confirmed the hand-over.
  settle: { from: ["completed"], roles: ["system", "admin"], to: () => "settled" },
};
