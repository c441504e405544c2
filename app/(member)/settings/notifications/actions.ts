"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { preferencesSchema } from "@/lib/notify/preferences-form";
import { saveNotificationPreferences } from "@/lib/notify/workflows/save-preferences";

export const savePreferencesAction = defineAction({ audience: "member", schema: preferencesSchema }, async (input, { viewer, db }) => {
  await saveNotificationPreferences(db, viewer.userId, input, new Date());
  revalidatePath("/settings/notifications");
  return null;
});
