import "server-only";
import webpush from "web-push";
import type { Db } from "@/db/client";
import { deletePushSubscriptionById, pushSubscriptionsOf } from "@/db/queries/channels";
import type { DeliveryContent } from "@/db/queries/deliveries";
import { logger } from "@/lib/log";
import { pushPayload } from "@/lib/notify/push-payload";
import { subscriptionGone } from "@/lib/notify/push-subscription";
import { ChannelFailure, type ChannelResult } from "./channel-result";

export interface PushKeys {
  publicKey: string;
  privateKey: string;
  subject: string;
}

/** How long a push service keeps a notice for a device that is off (a day: after that it is stale). */
const TTL_SECONDS = 24 * 3600;

/**
 * Sends one notice to every device of its member through the real Web Push protocol (VAPID-signed,
 * aes128gcm-encrypted). A device whose push service answers 404 or 410 is gone: its subscription is
 * deleted. Sent when one device took it; when none did and one failed otherwise, the error is
 * thrown, and the runner tries again later.
 */
export async function sendPushDelivery(
  db: Db,
  keys: PushKeys,
  d: { userId: string; notificationId: string },
  content: DeliveryContent,
  baseUrl: string,
  urgent: boolean,
): Promise<ChannelResult> {
  const devices = await pushSubscriptionsOf(db, d.userId);
  if (devices.length === 0) return { state: "skipped", reason: "no_subscription" };
  const payload = JSON.stringify(pushPayload({ ...content, id: d.notificationId }, content.locale ?? "ja", baseUrl));
  let delivered = 0;
  let failure: ChannelFailure | null = null;
  for (const device of devices) {
    try {
      await webpush.sendNotification({ endpoint: device.endpoint, keys: { p256dh: device.p256dh, auth: device.auth } }, payload, {
        vapidDetails: keys,
        TTL: TTL_SECONDS,
        urgency: urgent ? "high" : "normal",
        timeout: 10_000,
      });
      delivered++;
    } catch (e) {
      const status = e instanceof webpush.WebPushError ? e.statusCode : null;
      if (status !== null && subscriptionGone(status)) {
        await deletePushSubscriptionById(db, device.id);
        logger().info({ userId: d.userId, status }, "push subscription gone, deleted");
      } else {
        failure = new ChannelFailure(status ? `push_${status}` : ((e as { code?: string }).code ?? "push_error"));
      }
    }
  }
  if (delivered > 0) return { state: "sent" };
  if (failure) throw failure;
  return { state: "skipped", reason: "subscription_gone" };
}
