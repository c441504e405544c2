import "server-only";
import type { Db } from "@/db/client";
import { reportOf } from "@/db/queries/care-completion";
import { settlementOf } from "@/db/queries/care-settlement";
import { insertPayment, lockPaymentOfCare, stripeAccountOf, updatePayment } from "@/db/queries/payments";
import { step, withCare } from "@/lib/care/workflows/with-care";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/messages";
import { cardOption, cashConfirmed, checkoutKey, wasCharged } from "../status";
import type { CardDeps } from "./stripe";

/**
 * The parent pays a completed care's thank-you by card: a hosted Checkout Session in JPY for the
 * amount frozen at confirmation (never a figure from the form), charged for the helper's connected
 * account (destination charge with on_behalf_of: the helper is the merchant, Otagai receives on
 * their behalf and pays Stripe's fee) with no application fee. The care row is locked, and the
 * session is created under one idempotency key per care and attempt, so a double click or a
 * retry gets the same session. Returns where to send the parent.
 */
export async function payByCard(db: Db, deps: CardDeps, c: { requestId: string; viewerId: string; now: Date }): Promise<{ url: string }> {
  const client = deps.stripe;
  return db.transaction(async (tx) => {
    const locked = await withCare(tx, c.requestId, c.viewerId, ["parent"], c.now);
    // Only a completed care is paid: anything else is refused in the state's own words.
    if (locked.state !== "completed") step(locked, { type: "settle" }, "system", c.now);
    const helperId = locked.request.helperId!;
    const [report, account, settlement] = await Promise.all([
      reportOf(tx, c.requestId),
      stripeAccountOf(tx, helperId),
      settlementOf(tx, c.requestId),
    ]);
    const amountYen = report?.parentPaysYen ?? 0;
    const option = cardOption({
      enabled: true,
      helperChargesEnabled: account?.chargesEnabled ?? null,
      parentPaysYen: amountYen,
      cashConfirmed: cashConfirmed(settlement),
    });
    if (option !== "ready" || !account) throw new AppError("conflict", { key: "payments.card_unavailable" });
    const payment =
      (await lockPaymentOfCare(tx, c.requestId)) ??
      (await insertPayment(tx, {
        requestId: c.requestId,
        parentId: locked.request.parentId,
        helperId,
        destinationAccountId: account.accountId,
        amountYen,
        now: c.now,
      }));
    if (wasCharged(payment.status)) throw new AppError("conflict", { key: "payments.already_paid" });
    const back = `${deps.appUrl}/requests/${c.requestId}`;
    const metadata = { request_id: c.requestId, payment_id: payment.id };
    const session = await client.checkout.sessions.create(
      {
        mode: "payment",
        client_reference_id: c.requestId,
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: "jpy",
              unit_amount: payment.amountYen,
              product_data: { name: translator("ja")("payments.checkoutLine") },
            },
          },
        ],
        payment_intent_data: {
          on_behalf_of: payment.destinationAccountId,
          transfer_data: { destination: payment.destinationAccountId },
          metadata,
        },
        metadata,
        success_url: `${back}?paid=1`,
        cancel_url: back,
      },
      { idempotencyKey: checkoutKey(c.requestId, payment.attempt) },
    );
    if (!session.url) throw new Error(`checkout session ${session.id} has no url`);
    await updatePayment(tx, payment.id, { checkoutSessionId: session.id, updatedAt: c.now });
    return { url: session.url };
  });
}
