import { cash } from "./cash";
import type { PaymentMethod, SettlementMethodKind } from "./method";

export type { PaymentMethod, SettlementMethodKind, SettlementProgress } from "./method";
export { NOT_STARTED } from "./method";

/** The methods a parent can use today. Card payment is a later issue: add its implementation here. */
export const AVAILABLE_METHODS: readonly SettlementMethodKind[] = ["cash"];

export function paymentMethod(kind: SettlementMethodKind): PaymentMethod {
  if (kind === "cash") return cash;
  throw new Error(`payment method not available yet: ${kind}`);
}

/** A care whose thank-you and expenses come to nothing (「気持ちだけでOK」, no expenses) has nothing to hand over. */
export function needsHandOver(parentPaysYen: number): boolean {
  return parentPaysYen > 0;
}
