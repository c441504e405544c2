import type { PaymentStatus } from "./status";

/** Whether an admin may refund a card payment now: it was paid, and no refund has been asked yet. */
export function refundable(p: { status: PaymentStatus; refundRequestedAt: Date | null }): boolean {
  return p.status === "paid" && p.refundRequestedAt === null;
}
