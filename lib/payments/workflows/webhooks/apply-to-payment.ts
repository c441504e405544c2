import "server-only";
import type { Db } from "@/db/client";
import { setState } from "@/db/queries/care-lock";
import { lockPaymentOfCare, type PaymentRow, paymentOfCare, settleCareByCard, updatePayment } from "@/db/queries/payments";
import { step, withCare } from "@/lib/care/workflows/with-care";
import { isUuid } from "@/lib/ids";
import { notify } from "@/lib/notify/workflows/notify";
import { advance, type PaymentStatus, wasCharged } from "../../status";
import type { ChargeFacts } from "./charge-facts";

/**
 * The shared step of the payment events: lock the care then its payment (the order paying keeps
 * too), record what the charge says (ids, the platform's fee) where still unknown, move the status
 * forward if the event is further along, and settle the care the first time the card is seen
 * charged, whichever event says so first. An event that is behind changes nothing.
 */
export async function applyToPayment(
  tx: Db,
  requestId: string | null,
  to: PaymentStatus,
  charge: Omit<ChargeFacts, "requestId" | "refunded" | "disputed"> | null,
  now: Date,
  extra: (p: PaymentRow) => Partial<PaymentRow> = () => ({}),
): Promise<string> {
  if (!requestId || !isUuid(requestId) || !(await paymentOfCare(tx, requestId))) return "ignored: no payment for this care";
  const locked = await withCare(tx, requestId, "system", ["system"], now);
  const payment = (await lockPaymentOfCare(tx, requestId))!;
  const next = advance(payment.status, to);
  await updatePayment(tx, payment.id, {
    paymentIntentId: payment.paymentIntentId ?? charge?.paymentIntentId ?? null,
    chargeId: payment.chargeId ?? charge?.chargeId ?? null,
    feeYen: payment.feeYen ?? charge?.feeYen ?? null,
    ...(next && charge ? { paidAt: payment.paidAt ?? charge.paidAt } : {}),
    ...(next ? { status: next, ...extra(payment) } : {}),
    updatedAt: now,
  });
  if (!next) return `unchanged: already ${payment.status}`;
  if (!wasCharged(payment.status) && locked.state === "completed") {
    step(locked, { type: "settle" }, "system", now);
    await settleCareByCard(tx, requestId, now);
    await setState(tx, requestId, "settled", now, { closedAt: now });
    const data = { start: locked.request.startAt.toISOString() };
    for (const userId of [locked.request.parentId, locked.request.helperId!]) {
      await notify(tx, { userId, kind: "after_card_paid", requestId, data });
    }
  }
  return next;
}
