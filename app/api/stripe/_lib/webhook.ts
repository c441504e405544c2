import { db } from "@/db";
import { receiveWebhook } from "@/lib/payments/workflows/receive-webhook";
import { webhookDeps } from "@/lib/payments/workflows/stripe";

/**
 * The POST handler of one Stripe endpoint (platform or Connect, each with its own signing secret):
 * the raw body, as signed, goes to the payments workflow; 404 while card payments are off.
 */
export function stripeWebhook(endpoint: "platform" | "connect") {
  return async (request: Request) => {
    const deps = webhookDeps(endpoint);
    if (!deps) return Response.json({ received: false }, { status: 404 });
    const status = await receiveWebhook(db(), deps, await request.text(), request.headers.get("stripe-signature"), new Date());
    return Response.json({ received: status === 200 }, { status });
  };
}
