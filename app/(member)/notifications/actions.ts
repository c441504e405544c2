"use server";

import { redirect } from "next/navigation";
import { markNotificationRead } from "@/db/queries/notification-reads";
import { markAllRead } from "@/db/queries/notifications";
import { defineAction } from "@/lib/action";
import { notificationIdSchema } from "@/lib/care/post/schema";
import { AppError } from "@/lib/errors";
import { emptySchema } from "@/lib/forms";
import { notificationTarget } from "@/lib/notify/notification-text";

/** Opens one of the member's own notifications: marks it read and goes to what it is about. */
export const openNotificationAction = defineAction({ audience: "member", schema: notificationIdSchema }, async ({ id }, { viewer, db }) => {
  const found = await markNotificationRead(db, viewer.userId, id, new Date());
  if (!found) throw new AppError("not_found");
  redirect(notificationTarget(found));
});

export const markAllReadAction = defineAction({ audience: "member", schema: emptySchema }, async (_input, { viewer, db }) => {
  await markAllRead(db, viewer.userId, new Date());
  redirect("/notifications");
});
