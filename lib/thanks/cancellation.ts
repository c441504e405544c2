import { tokyoWallClock } from "@/lib/time/tokyo";
import { ceilDiv } from "./money";
import type { CancellationTier, Rulebook } from "./rulebook";

const HOUR_MS = 60 * 60 * 1000;
export const LATE_CANCELLATION_HOURS = 24;

/** Less than 24 h before the start (or after it). Exactly 24 h before is not late. */
export function isLateCancellation(cancelledAt: Date, start: Date): boolean {
  return start.getTime() - cancelledAt.getTime() < LATE_CANCELLATION_HOURS * HOUR_MS;
}

export type CancellationFacts = {
  /** The thank-you computed for the agreed window (computeThanks(...).thanksYen), without expenses. */
  agreedYen: number;
  cancelledAt: Date;
  start: Date;
  /** The side responsible: the one who cancelled, or the one who did not show up. */
  byWhom: "parent" | "helper";
  noShow: boolean;
};

export type CancellationCharge = {
  /** Paid by the parent to the helper. */
  yen: number;
  percent: number;
  basis: "helper_side" | "no_show" | "tier" | "none";
  tierKey?: string;
  late: boolean;
};

export type CancellationResult = { ok: true; charge: CancellationCharge } | { ok: false; error: "invalid_time" | "invalid_agreed_yen" };

export function computeCancellationCharge(rulebook: Rulebook, facts: CancellationFacts): CancellationResult {
  if (Number.isNaN(facts.cancelledAt.getTime()) || Number.isNaN(facts.start.getTime())) {
    return { ok: false, error: "invalid_time" };
  }
  if (!Number.isInteger(facts.agreedYen) || facts.agreedYen < 0) return { ok: false, error: "invalid_agreed_yen" };

  const late = isLateCancellation(facts.cancelledAt, facts.start);
  // The parent never pays for the helper's cancellation or absence.
  if (facts.byWhom === "helper") return { ok: true, charge: { yen: 0, percent: 0, basis: "helper_side", late } };

  const tier = highestTier(rulebook.cancellation.tiers, facts.cancelledAt, facts.start);
  const tierPercent = tier?.percent ?? 0;
  if (facts.noShow) {
    // Not turning up is never cheaper than cancelling at the last minute.
    const percent = Math.max(rulebook.cancellation.noShowPercent, tierPercent);
    return { ok: true, charge: { yen: share(facts.agreedYen, percent), percent, basis: "no_show", late } };
  }
  if (!tier || tierPercent === 0) return { ok: true, charge: { yen: 0, percent: 0, basis: "none", late } };
  return {
    ok: true,
    charge: { yen: share(facts.agreedYen, tierPercent), percent: tierPercent, basis: "tier", tierKey: tier.key, late },
  };
}

function share(yen: number, percent: number): number {
  return ceilDiv(yen * percent, 100);
}

// Tiers may overlap (same day vs. within 24 h); the dearest one that applies
// wins, so their order in the JSON does not matter.
function highestTier(tiers: readonly CancellationTier[], cancelledAt: Date, start: Date): CancellationTier | undefined {
  let best: CancellationTier | undefined;
  for (const tier of tiers) {
    if (!tierApplies(tier, cancelledAt, start)) continue;
    if (!best || tier.percent > best.percent) best = tier;
  }
  return best;
}

function tierApplies(tier: CancellationTier, cancelledAt: Date, start: Date): boolean {
  if (tier.kind === "same_day") return tokyoWallClock(cancelledAt).date >= tokyoWallClock(start).date;
  return start.getTime() - cancelledAt.getTime() < tier.hours * HOUR_MS;
}
