import "server-only";
import type { Db } from "@/db/client";
import { deletePushSubscription, pushSubscriptionsOf, upsertPushSubscription } from "@/db/queries/channels";
import { AppError } from "@/lib/errors";
import { endpointAllowed, MAX_PUSH_DEVICES, type PushSubscriptionInput } from "@/lib/notify/push-subscription";

/**
 * Turns notifications on for this device: stores its subscription for the member. The runner will
 * POST to the endpoint, so only a push service's https address is taken, and a member has a few
 * devices at most.
 */
export async function subscribePushDevice(db: Db, userId: string, input: PushSubscriptionInput, pushOn: boolean): Promise<void> {
  if (!pushOn) throw new AppError("not_found");
  if (!endpointAllowed(input.endpoint)) throw new AppError("invalid_input", { key: "channels.bad_endpoint" });
  await db.transaction(async (tx) => {
    const devices = await pushSubscriptionsOf(tx, userId);
    const known = devices.some((d) => d.endpoint === input.endpoint);
    if (!known && devices.length >= MAX_PUSH_DEVICES) {
      throw new AppError("conflict", { key: "channels.too_many_devices", values: { max: MAX_PUSH_DEVICES } });
    }
    await upsertPushSubscription(tx, { userId, ...input });
  });
}

/** Turns notifications off for this device (nothing to do when it was not on). */
export async function unsubscribePushDevice(db: Db, userId: string, endpoint: string): Promise<void> {
  await deletePushSubscription(db, userId, endpoint);
}
