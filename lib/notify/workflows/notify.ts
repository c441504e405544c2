import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { insertDeliveries } from "@/db/queries/deliveries";
import { insertNotifications, type NewNotification } from "@/db/queries/notifications";
import { preferencesOf } from "@/db/queries/preferences";
import { channelWanted } from "@/lib/notify/preferences";
import { pushAndLineDeliveries } from "./channel-deliveries";

export type { NewNotification };

export type Notice = NewNotification & {
  /**
   * Makes the notice once-only: a second notice with the same key (a sweep running twice, two
   * servers at once) writes nothing. Without one, each call is a notice of its own.
   */
  dedupKey?: string;
};

/**
 * Records what members should hear about, in the caller's transaction: the bell shows it, and an
 * e-mail delivery is enqueued in the outbox (lib/jobs sends it, once) unless the member turned
 * e-mail off for the notice's category (lib/notify/preferences; urgent notices always go), with push
 * and LINE deliveries for the members reachable there and wanting them (channel-deliveries.ts). Workflows call this last,
 * after every write of the command succeeded. Returns how many notices were new.
 */
export async function notify(tx: Db, items: Notice | Notice[], now = new Date()): Promise<number> {
  const list = [items].flat();
  if (list.length === 0) return 0;
  const prefs = await preferencesOf(
    tx,
    list.map((n) => n.userId),
  );
  const notices = list.map(({ dedupKey, ...n }) => {
    const id = randomUUID();
    // An e-mail the member turned off is still written, as skipped: its dedup key keeps the notice once-only.
    const wanted = channelWanted(prefs.get(n.userId), n, "email", now);
    return {
      notification: { ...n, id },
      delivery: {
        dedupKey: dedupKey ?? `notification:${id}`,
        channel: "email" as const,
        userId: n.userId,
        notificationId: id,
        ...(wanted ? {} : { state: "skipped" as const, finishedAt: now, lastError: "preference" }),
      },
    };
  });
  // The same key twice in one call is one notice.
  const seen = new Set<string>();
  const unique = notices.filter((n) => !seen.has(n.delivery.dedupKey) && seen.add(n.delivery.dedupKey));
  const fresh = await insertDeliveries(
    tx,
    unique.map((n) => n.delivery),
  );
  const written = unique.filter((n) => fresh.has(n.delivery.dedupKey)).map((n) => n.notification);
  await insertNotifications(tx, written);
  const kinds = new Map(written.map((n) => [n.id, n.kind]));
  const byId = new Map<string, (typeof written)[number]>(written.map((n) => [n.id, n]));
  await insertDeliveries(
    tx,
    await pushAndLineDeliveries(
      tx,
      unique.filter((n) => kinds.has(n.delivery.notificationId)).map((n) => n.delivery),
      kinds,
      // E-mail is written even when turned off (as skipped); push and LINE only when wanted.
      (d, channel) => channel !== "email" && channelWanted(prefs.get(d.userId), byId.get(d.notificationId)!, channel, now),
    ),
  );
  return written.length;
}
