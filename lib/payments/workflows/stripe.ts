import "server-only";
import Stripe from "stripe";
import { env } from "@/lib/env";
import { stripeConfig } from "../stripe-config";

let client: Stripe | undefined;

/** What the card workflows need: the Stripe client and the app's public address (Stripe's pages send members back to it). */
export type CardDeps = { stripe: Stripe; appUrl: string };

/** The card workflows' dependencies from the settings, or null when card payments are off (no STRIPE_SECRET_KEY). */
export function cardDeps(): CardDeps | null {
  const e = env();
  if (!e.STRIPE_SECRET_KEY || !e.STRIPE_WEBHOOK_SECRET) return null;
  client ??= new Stripe(e.STRIPE_SECRET_KEY, stripeConfig(e.STRIPE_API_URL));
  return { stripe: client, appUrl: (e.AUTH_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, "") };
}

/** One endpoint's client and signing secret, or null when card payments are off. */
export function webhookDeps(endpoint: "platform" | "connect"): { stripe: Stripe; secret: string } | null {
  const deps = cardDeps();
  const e = env();
  const secret = endpoint === "connect" ? (e.STRIPE_CONNECT_WEBHOOK_SECRET ?? e.STRIPE_WEBHOOK_SECRET) : e.STRIPE_WEBHOOK_SECRET;
  return deps && secret ? { stripe: deps.stripe, secret } : null;
}
