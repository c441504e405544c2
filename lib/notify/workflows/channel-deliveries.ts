import "server-only";
import type { Db } from "@/db/client";
import { reachOf } from "@/db/queries/channels";
import type { NewDelivery } from "@/db/queries/deliveries";
import { channelsFor } from "@/lib/notify/channels";

/**
 * The push and LINE deliveries of notices whose e-mail delivery was just enqueued: one per channel
 * the member can be reached on (lib/notify/channels), each with the notice's key and the channel
 * as its own dedup key.
 */
export async function pushAndLineDeliveries(tx: Db, emailed: NewDelivery[], kinds: Map<string, string>): Promise<NewDelivery[]> {
  const reach = await reachOf(tx, [...new Set(emailed.map((d) => d.userId))]);
  return emailed.flatMap((d) =>
    channelsFor(kinds.get(d.notificationId) ?? "", reach.get(d.userId) ?? { push: false, line: false })
      .filter((channel) => channel !== "email")
      .map((channel) => ({ ...d, channel, dedupKey: `${d.dedupKey}:${channel}` })),
  );
}
