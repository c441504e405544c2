import { type AnyRule, RULES } from "./rules";
import {
  type CareEvent,
  type CareRequestTiming,
  type CareState,
  type Role,
  TERMINAL_STATES,
  type TransitionContext,
  type TransitionResult,
} from "./states";

/**
 * Pass the effective state (effectiveState) so a time-based change need not
 * have been stored yet; the time guards reject what the clock already ruled out.
 */
export function transition(state: CareState, event: CareEvent, ctx: TransitionContext): TransitionResult {
  // Each rule is typed for its own event and is only ever given that event.
  const rule = Object.hasOwn(RULES, event.type) ? (RULES[event.type] as unknown as AnyRule) : undefined;
  if (!rule) return { ok: false, error: "unknown_event" };
  if (TERMINAL_STATES.has(state)) return { ok: false, error: "terminal_state" };
  if (!rule.from.includes(state)) {
    return { ok: false, error: event.type === "choose" && state === "open" ? "no_offers" : "wrong_state" };
  }
  if (!rule.roles.includes(ctx.actor)) return { ok: false, error: "wrong_role" };
  const error = rule.guard?.(event, ctx, state);
  if (error) return { ok: false, error };
  return { ok: true, state: rule.to(event) };
}

/** Whether `actor` may cancel now (a no-show aside). */
export function canCancel(request: CareRequestTiming, actor: Role, now: Date): boolean {
  const ctx = { actor, now, start: request.start, end: request.end };
  return transition(request.state, { type: "cancel", reason: "-" }, ctx).ok;
}
