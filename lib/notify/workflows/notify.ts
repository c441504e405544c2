import "server-only";
import type { Db } from "@/db/client";
import { insertNotifications, type NewNotification } from "@/db/queries/notifications";

export type { NewNotification };

/**
 * Records what members should hear about, in the caller's transaction: the bell shows it, and
 * delivery channels (mail, push, LINE) will pick it up from here. Workflows call this last,
 * after every write of the command succeeded.
 */
export async function notify(tx: Db, items: NewNotification | NewNotification[]): Promise<void> {
  await insertNotifications(tx, items);
}
