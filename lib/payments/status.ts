/** Where a card payment stands (db payments.status). It only moves forward. */
export const PAYMENT_STATUSES = ["pending", "paid", "refunded", "disputed"] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

// Refunded and disputed are both ends: once money has gone back (or is contested) nothing moves it.
const RANK: Record<PaymentStatus, number> = { pending: 0, paid: 1, refunded: 2, disputed: 2 };

/**
 * The status after an event says `to`: `to` when it is further along, else null (the event
 * arrived late or twice, and changes nothing). Webhooks may come in any order.
 */
export function advance(from: PaymentStatus, to: PaymentStatus): PaymentStatus | null {
  return RANK[to] > RANK[from] ? to : null;
}

/** Someone has confirmed the cash hand-over (lib/payments/cash.ts progress): cash is under way. */
export function cashConfirmed(progress: { parentConfirmedAt: Date | null; helperConfirmedAt: Date | null } | null): boolean {
  return Boolean(progress?.parentConfirmedAt || progress?.helperConfirmedAt);
}

/** The parent's card was charged (whatever happened next): the care's thank-you is settled. */
export function wasCharged(status: PaymentStatus): boolean {
  return status !== "pending";
}

/**
 * The Idempotency-Key of the Checkout Session for one care's payment: the same for every click
 * and retry of one attempt, so Stripe returns the same session; a new attempt (the last session
 * expired or failed) gets a new one.
 */
export function checkoutKey(requestId: string, attempt: number): string {
  return `otagai-care-${requestId}-checkout-${attempt}`;
}

/** Whether the parent is offered the card, and if not, why (shown to them before they choose). */
export type CardOption = "off" | "helper_not_connected" | "ready";

export function cardOption(c: {
  enabled: boolean;
  helperChargesEnabled: boolean | null;
  parentPaysYen: number;
  /** Either side has already confirmed handing the thank-you over in cash: the card is no longer offered. */
  cashConfirmed: boolean;
}): CardOption {
  if (!c.enabled || c.parentPaysYen <= 0 || c.cashConfirmed) return "off";
  return c.helperChargesEnabled ? "ready" : "helper_not_connected";
}
