"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { markNotificationRead } from "@/db/queries/notification-reads";
import { markAllRead } from "@/db/queries/notifications";
import { defineAction } from "@/lib/action";
import { notificationIdSchema } from "@/lib/care/post/schema";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

/** Opens one of the member's own notifications: marks it read and goes to what it is about. */
export const openNotificationAction = defineAction({ audience: "member", schema: notificationIdSchema }, async ({ id }, { viewer, db }) => {
  const found = await markNotificationRead(db, viewer.userId, id, new Date());
  if (!found) throw new AppError("not_found");
  const meetupId = (found.data as { meetupId?: unknown } | null)?.meetupId;
  if (found.kind.startsWith("attendance.") && typeof meetupId === "string" && isUuid(meetupId)) redirect(`/meetups/${meetupId}/people`);
  redirect(found.requestId ? `/requests/${found.requestId}` : "/notifications");
});

export const markAllReadAction = defineAction({ audience: "member", schema: z.object({}) }, async (_input, { viewer, db }) => {
  await markAllRead(db, viewer.userId, new Date());
  redirect("/notifications");
});
