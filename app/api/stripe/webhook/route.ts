import { stripeWebhook } from "../_lib/webhook";

export const dynamic = "force-dynamic";

/** Stripe's platform endpoint (app/api/stripe/_lib/webhook.ts). */
export const POST = stripeWebhook("platform");
