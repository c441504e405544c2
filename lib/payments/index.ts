import { cash } from "./cash";
import type { PaymentMethod, SettlementMethodKind } from "./method";

export type { PaymentMethod, SettlementMethodKind, SettlementProgress } from "./method";
export { NOT_STARTED } from "./method";

/**
 * The methods confirmed in the app by both sides. Card payment is not one: it is charged on Stripe
 * Checkout and settles from its webhook (lib/payments/workflows/pay-by-card.ts and webhooks/).
 */
export const AVAILABLE_METHODS: readonly SettlementMethodKind[] = ["cash"];

export function paymentMethod(kind: SettlementMethodKind): PaymentMethod {
  if (kind === "cash") return cash;
  throw new Error(`payment method not available yet: ${kind}`);
}

/** A care whose thank-you and expenses come to nothing (「気持ちだけでOK」, no expenses) has nothing to hand over. */
export function needsHandOver(parentPaysYen: number): boolean {
  return parentPaysYen > 0;
}
