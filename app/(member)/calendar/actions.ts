"use server";

import { defineAction } from "@/lib/action";
import { emptySchema } from "@/lib/forms";
import { rotateCalendarFeed } from "@/lib/meetups/workflows/rotate-calendar-feed";

/** A new secret calendar URL for the caller; the previous one stops working. The token is shown once. */
export const rotateCalendarFeedAction = defineAction({ audience: "member", schema: emptySchema }, async (_input, { viewer, db }) => {
  const token = await rotateCalendarFeed(db, viewer.userId, new Date());
  return { token };
});
