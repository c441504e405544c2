import "server-only";
import type { Db } from "@/db/client";
import { stripeAccountOf } from "@/db/queries/payments";
import { AppError } from "@/lib/errors";
import { feeOption } from "@/lib/meetups/paid";

/**
 * A fee is asked only when it can be paid: card payments are on and the organiser's connected
 * account takes charges. Otherwise the meetup is free, and the form said why.
 */
export async function assertFeeAllowed(tx: Db, organiserId: string, feeYen: number, enabled: boolean): Promise<void> {
  if (feeYen === 0) return;
  const account = await stripeAccountOf(tx, organiserId);
  const option = feeOption({ cardsEnabled: enabled, organiserChargesEnabled: account?.chargesEnabled ?? null });
  if (option !== "ready") throw new AppError("invalid_input", { key: `field.meetup_fee_${option}`, field: "feeYen" });
}
