import "server-only";
import type Stripe from "stripe";
import { activeAdminIds } from "@/db/queries/members";
import { notify } from "@/lib/notify/workflows/notify";
import { applyToMeetupPayment } from "./apply-to-meetup-payment";
import { applyToPayment } from "./apply-to-payment";
import { type ChargeFacts, chargeFacts } from "./charge-facts";
import type { WebhookHandler } from "./types";

/**
 * The cardholder disputed the charge: the payment is disputed (shown on the care's record), and
 * every admin is told, once per dispute event, to answer it on Stripe's dashboard.
 */
export const chargeDisputeCreated: WebhookHandler<ChargeFacts & { disputeId: string }> = {
  async fetch(stripe, event) {
    const dispute = event.data.object as Stripe.Dispute;
    const facts = await chargeFacts(stripe, typeof dispute.charge === "string" ? dispute.charge : dispute.charge.id);
    return { ...facts, disputeId: dispute.id };
  },
  async apply(tx, facts, now) {
    const outcome = facts.rsvpId
      ? await applyToMeetupPayment(tx, facts.rsvpId, "disputed", facts, now, () => ({ disputedAt: now }))
      : await applyToPayment(tx, facts.requestId, "disputed", facts, now, () => ({ disputedAt: now }));
    if (outcome !== "disputed") return outcome;
    const data = { chargeId: facts.chargeId, kind: facts.rsvpId ? "meetup" : "care" };
    await notify(
      tx,
      (await activeAdminIds(tx)).map((userId) => ({
        userId,
        kind: "payment_disputed",
        data,
        dedupKey: `dispute:${facts.disputeId}:${userId}`,
      })),
    );
    return outcome;
  },
};
