/** Late cancellations and no-shows are forgotten after this long (DOMAIN.md). */
export const RELIABILITY_MONTHS = 12;

/** The same date and time twelve months later (29 February rolls over to 1 March). */
export function reliabilityExpiry(recordedAt: Date): Date {
  const expiry = new Date(recordedAt);
  expiry.setUTCMonth(expiry.getUTCMonth() + RELIABILITY_MONTHS);
  return expiry;
}

/** Whether a record still counts at `now`; it counts until, not at, its expiry. */
export function reliabilityActive(expiresAt: Date, now: Date): boolean {
  return now.getTime() < expiresAt.getTime();
}

type CancellingParty = "parent" | "helper";

/**
 * Whose record a cancellation goes on: a no-show on the absent side's (the other side of the one
 * who recorded it), a late cancellation on the one who cancelled; any other cancellation on nobody's.
 */
export function recordedAgainst(c: { noShow: boolean; late: boolean; cancelledBy: CancellingParty }): CancellingParty | null {
  if (c.noShow) return c.cancelledBy === "parent" ? "helper" : "parent";
  return c.late ? c.cancelledBy : null;
}
