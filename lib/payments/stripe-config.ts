import type Stripe from "stripe";

type StripeConfig = Stripe.StripeConfig;

/**
 * How the `stripe` SDK is built from the settings: Stripe's own address, or (tests) the host,
 * port and protocol of STRIPE_API_URL. One network retry: every POST carries an idempotency key.
 */
export function stripeConfig(apiUrl: string | undefined): StripeConfig {
  const base: StripeConfig = { maxNetworkRetries: 1, timeout: 20_000, telemetry: false };
  if (!apiUrl) return base;
  const url = new URL(apiUrl);
  const protocol = url.protocol === "http:" ? "http" : "https";
  return { ...base, host: url.hostname, port: url.port || (protocol === "http" ? 80 : 443), protocol };
}
