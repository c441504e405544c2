import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { insertDeliveries } from "@/db/queries/deliveries";
import { insertNotifications, type NewNotification } from "@/db/queries/notifications";
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
 * e-mail delivery is enqueued in the outbox (lib/jobs sends it, once), with push and LINE
 * deliveries for the members reachable there (channel-deliveries.ts). Workflows call this last,
 * after every write of the command succeeded. Returns how many notices were new.
 */
export async function notify(tx: Db, items: Notice | Notice[]): Promise<number> {
  const notices = [items].flat().map(({ dedupKey, ...n }) => {
    const id = randomUUID();
    return {
      notification: { ...n, id },
      delivery: { dedupKey: dedupKey ?? `notification:${id}`, channel: "email" as const, userId: n.userId, notificationId: id },
    };
  });
  if (notices.length === 0) return 0;
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
  await insertDeliveries(
    tx,
    await pushAndLineDeliveries(
      tx,
      unique.filter((n) => kinds.has(n.delivery.notificationId)).map((n) => n.delivery),
      kinds,
    ),
  );
  return written.length;
}
