import { db } from "@/db";
import { receiveWebhook } from "@/lib/payments/workflows/receive-webhook";
import { webhookDeps } from "@/lib/payments/workflows/stripe";

export const dynamic = "force-dynamic";

/** Stripe's connect endpoint: the raw body, as signed, goes to the payments workflow; 404 while card payments are off. */
export async function POST(request: Request) {
  const deps = webhookDeps("connect");
  if (!deps) return Response.json({ received: false }, { status: 404 });
  const status = await receiveWebhook(db(), deps, await request.text(), request.headers.get("stripe-signature"), new Date());
  return Response.json({ received: status === 200 }, { status });
}
