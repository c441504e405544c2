/** The two people a thank-you passes between. */
export type PaymentSide = "parent" | "helper";
export type SettlementMethodKind = "cash" | "card";

/** Where the hand-over of one care's thank-you stands (db care_settlements). */
export type SettlementProgress = {
  parentConfirmedAt: Date | null;
  helperConfirmedAt: Date | null;
  settledAt: Date | null;
};

export type ConfirmResult =
  | { ok: true; progress: SettlementProgress; settled: boolean }
  | { ok: false; error: "already_confirmed" | "already_settled" | "not_confirmable" };

/**
 * How a completed care's thank-you reaches the helper, confirmed in the app: cash, by both sides.
 * Card is charged on Stripe Checkout and settles from its webhook (lib/care "settle" by "system",
 * lib/payments/workflows/webhooks/apply-to-payment.ts). Pure: the caller stores the progress.
 */
export interface PaymentMethod {
  readonly kind: SettlementMethodKind;
  /** Who confirms in the app before it is settled. */
  readonly confirmedBy: readonly PaymentSide[];
  confirm(progress: SettlementProgress, side: PaymentSide, now: Date): ConfirmResult;
}

export const NOT_STARTED: SettlementProgress = { parentConfirmedAt: null, helperConfirmedAt: null, settledAt: null };
