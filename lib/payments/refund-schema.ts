import { z } from "zod";
import { uuidField } from "@/lib/ids";

/** The two kinds of card payment an admin may refund. */
export const CARD_PAYMENT_KINDS = ["care", "meetup"] as const;

export const refundSchema = z.object({
  kind: z.enum(CARD_PAYMENT_KINDS, { error: "choose_one" }),
  paymentId: uuidField(),
});
