// The rules of a paid meetup's seat. Pure: the workflows pass the clock in.

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** A member who takes a paid seat has this long to pay on Checkout before the seat is freed. */
export const HOLD_MINUTES = 15;
/** A member promoted from the waitlist to a paid seat has this long to pay (less if the meetup starts sooner). */
export const PROMOTED_PAY_HOURS = 24;
/** A member who cancels their own paid seat is refunded in full until this long before the start; after it, not. */
export const REFUND_UNTIL_HOURS = 24;
/** Stripe keeps a Checkout Session open for at least 30 minutes and at most 24 hours. */
export const CHECKOUT_MIN_MS = 30 * MINUTE_MS;
export const CHECKOUT_MAX_MS = 24 * HOUR_MS;

export type Hold = { status: string; holdUntil: Date | null };

/** Until when a seat taken now is held for its payment. */
export function holdUntil(now: Date): Date {
  return new Date(now.getTime() + HOLD_MINUTES * MINUTE_MS);
}

/** A held seat still counts (against the capacity, and as the member's): it is held and its time has not run out. */
export function holdLive(r: Hold, now: Date): boolean {
  return r.status === "held" && r.holdUntil !== null && now.getTime() < r.holdUntil.getTime();
}

/** A held seat whose time ran out: the runner (or checkout.session.expired) frees it. */
export function holdLapsed(r: Hold, now: Date): boolean {
  return r.status === "held" && !holdLive(r, now);
}

/** The RSVPs that take seats or wait: a lapsed hold does not, even before the runner frees it. */
export function withoutLapsedHolds<T extends Hold>(rsvps: readonly T[], now: Date): T[] {
  return rsvps.filter((r) => !holdLapsed(r, now));
}

/** The deadline to pay of a member promoted to a paid seat: 24 hours from now, or the start if that is sooner. */
export function paymentDeadline(now: Date, startsAt: Date): Date {
  return new Date(Math.min(now.getTime() + PROMOTED_PAY_HOURS * HOUR_MS, startsAt.getTime()));
}

/**
 * When a Checkout Session for a hold closes (Stripe's `expires_at`, whole seconds): at the hold's
 * end when Stripe allows it (30 minutes to 24 hours away), else Stripe's default (undefined), and
 * the runner closes it when the hold lapses. Depends on the hold alone, so a retry of one attempt
 * sends the same parameters under its idempotency key.
 */
export function checkoutExpiresAt(until: Date, now: Date): number | undefined {
  const ahead = until.getTime() - now.getTime();
  return ahead >= CHECKOUT_MIN_MS && ahead <= CHECKOUT_MAX_MS ? Math.floor(until.getTime() / 1000) : undefined;
}

/** The member cancels their own paid seat: refunded in full until 24 hours before the start, nothing after. */
export function selfCancelRefund(startsAt: Date, now: Date): "full" | "none" {
  return now.getTime() <= startsAt.getTime() - REFUND_UNTIL_HOURS * HOUR_MS ? "full" : "none";
}

/** Whether an organiser may ask a fee, and if not why (the form says so). */
export type FeeOption = "off" | "not_connected" | "ready";

export function feeOption(c: { cardsEnabled: boolean; organiserChargesEnabled: boolean | null }): FeeOption {
  if (!c.cardsEnabled) return "off";
  return c.organiserChargesEnabled ? "ready" : "not_connected";
}

/** The Idempotency-Key of one RSVP's Checkout attempt: a retry gets the same session, a new attempt a new one. */
export function meetupCheckoutKey(rsvpId: string, attempt: number): string {
  return `otagai-meetup-${rsvpId}-checkout-${attempt}`;
}

/**
 * What the fee's arrival does to the seat it paid for: confirms a held seat (a hold that lapsed
 * still gets it if the seat is free); a seat already confirmed (a walk-in) stays; anything else —
 * the RSVP was given up or freed, the meetup was cancelled or has started — is refunded in full.
 */
export function seatOnPayment(c: {
  rsvpStatus: string;
  meetupOpen: boolean;
  holdLive: boolean;
  fits: boolean;
}): "confirm" | "keep" | "refund" {
  if (c.rsvpStatus === "confirmed") return "keep";
  if (c.rsvpStatus !== "held" || !c.meetupOpen) return "refund";
  return c.holdLive || c.fits ? "confirm" : "refund";
}
