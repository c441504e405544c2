import "server-only";
import type Stripe from "stripe";
import type { Db } from "@/db/client";
import { logger } from "@/lib/log";
import { applyStripeEvent } from "./apply-stripe-event";

/**
 * One Stripe endpoint's delivery: the raw body checked against the endpoint's signing secret (a
 * bad or missing signature is 400 and nothing is read), then the event applied once (an unknown
 * type is acknowledged and changes nothing). 500 when applying failed, so that Stripe retries.
 */
export async function receiveWebhook(
  db: Db,
  deps: { stripe: Stripe; secret: string },
  body: string,
  signature: string | null,
  now: Date,
): Promise<number> {
  let event: Stripe.Event;
  try {
    event = deps.stripe.webhooks.constructEvent(body, signature ?? "", deps.secret);
  } catch {
    logger().warn("stripe webhook: bad signature");
    return 400;
  }
  try {
    const result = await applyStripeEvent(db, deps.stripe, event, now);
    logger().info({ event: event.id, type: event.type, result }, "stripe webhook");
    return 200;
  } catch (error) {
    logger().error(
      { event: event.id, type: event.type, err: error instanceof Error ? error.message : String(error) },
      "stripe webhook failed",
    );
    return 500;
  }
}
