import { db } from "@/db";
import { stripeAccountOf } from "@/db/queries/payments";
import { cardPaymentsEnabled } from "@/lib/env";
import { type FeeOption, feeOption } from "@/lib/meetups/paid";

/** Whether the organiser may ask a fee on the form, as the workflows will decide it. */
export async function organiserFeeOption(organiserId: string): Promise<FeeOption> {
  const account = await stripeAccountOf(db(), organiserId);
  return feeOption({ cardsEnabled: cardPaymentsEnabled(), organiserChargesEnabled: account?.chargesEnabled ?? null });
}
