import { z } from "zod";

/** Devices one member may have notifications on at once (each is one more POST per notice). */
export const MAX_PUSH_DEVICES = 10;

/**
 * The runner POSTs to a subscription's endpoint, so an endpoint is an address our server calls: a
 * push service's https address (every browser's is), without credentials in it.
 */
export function endpointAllowed(endpoint: string): boolean {
  if (!URL.canParse(endpoint)) return false;
  const url = new URL(endpoint);
  return url.protocol === "https:" && !url.username && !url.password;
}

const base64url = (bytes: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+={0,2}$/)
    .refine((v) => Buffer.from(v, "base64url").length === bytes);

/** A browser's PushSubscription as the settings page posts it (endpoint and its two keys). */
export const pushSubscriptionInput = z.object({
  endpoint: z.string().max(2000),
  // The device's P-256 public key (uncompressed point) and its 16-byte auth secret.
  p256dh: base64url(65),
  auth: base64url(16),
});

export type PushSubscriptionInput = z.infer<typeof pushSubscriptionInput>;

/** Push services answer 404 or 410 for a subscription that no longer exists: it is deleted. */
export const subscriptionGone = (status: number) => status === 404 || status === 410;
