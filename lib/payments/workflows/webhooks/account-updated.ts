import "server-only";
import type Stripe from "stripe";
import { saveStripeAccountFlags } from "@/db/queries/payments";
import type { WebhookHandler } from "./types";

type Facts = { accountId: string; chargesEnabled: boolean; payoutsEnabled: boolean; detailsSubmitted: boolean };

/** A helper's connected account changed (onboarding finished, requirements due): keep its flags as Stripe says now. */
export const accountUpdated: WebhookHandler<Facts> = {
  async fetch(stripe, event) {
    const account = await stripe.accounts.retrieve((event.data.object as Stripe.Account).id);
    return {
      accountId: account.id,
      chargesEnabled: account.charges_enabled ?? false,
      payoutsEnabled: account.payouts_enabled ?? false,
      detailsSubmitted: account.details_submitted ?? false,
    };
  },
  async apply(tx, { accountId, ...flags }, now) {
    const known = await saveStripeAccountFlags(tx, accountId, flags, now);
    if (!known) return "ignored: unknown account";
    return flags.chargesEnabled ? "account: charges enabled" : "account: charges not enabled";
  },
};
