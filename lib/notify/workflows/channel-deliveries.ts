import "server-only";
import type { Db } from "@/db/client";
import { reachOf } from "@/db/queries/channels";
import type { NewDelivery } from "@/db/queries/deliveries";
import type { DeliveryChannel } from "@/lib/jobs/delivery-counts";
import { channelsFor } from "@/lib/notify/channels";

/**
 * The push and LINE deliveries of notices whose e-mail delivery was just enqueued: one per channel
 * the member can be reached on (lib/notify/channels) and wants the notice on (`wanted`, the
 * member's preferences), each with the notice's key and the channel as its own dedup key.
 */
export async function pushAndLineDeliveries(
  tx: Db,
  emailed: NewDelivery[],
  kinds: Map<string, string>,
  wanted: (delivery: NewDelivery, channel: DeliveryChannel) => boolean,
): Promise<NewDelivery[]> {
  const reach = await reachOf(tx, [...new Set(emailed.map((d) => d.userId))]);
  return emailed.flatMap(({ state: _state, finishedAt: _finishedAt, lastError: _lastError, ...d }) =>
    channelsFor(kinds.get(d.notificationId) ?? "", reach.get(d.userId) ?? { push: false, line: false }, (channel) => wanted(d, channel))
      .filter((channel) => channel !== "email")
      .map((channel) => ({ ...d, channel, dedupKey: `${d.dedupKey}:${channel}` })),
  );
}
