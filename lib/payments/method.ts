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
 * How a completed care's thank-you reaches the helper. Cash is confirmed in the app by both
 * sides; card (a later issue) will charge the parent through the processor and settle from its
 * webhook (lib/care "settle" by "system"), so its confirm() will refuse and add a
 * `begin(amountYen)` that starts the charge. Pure: the caller stores the progress.
 */
export interface PaymentMethod {
  readonly kind: SettlementMethodKind;
  /** Who confirms in the app before it is settled. */
  readonly confirmedBy: readonly PaymentSide[];
  confirm(progress: SettlementProgress, side: PaymentSide, now: Date): ConfirmResult;
}

export const NOT_STARTED: SettlementProgress = { parentConfirmedAt: null, helperConfirmedAt: null, settledAt: null };
