"use server";

import { z } from "zod";
import { defineAction } from "@/lib/action";
import { rotateCalendarFeed } from "@/lib/meetups/workflows/rotate-calendar-feed";

/** A new secret calendar URL for the caller; the previous one stops working. The token is shown once. */
export const rotateCalendarFeedAction = defineAction({ audience: "member", schema: z.object({}) }, async (_input, { viewer, db }) => {
  const token = await rotateCalendarFeed(db, viewer.userId, new Date());
  return { token };
});
