"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { signIn } from "@/lib/auth/auth";
import { getViewer } from "@/lib/auth/viewer";
import { lineEnabled, vapidSettings } from "@/lib/env";
import { preferencesSchema } from "@/lib/notify/preferences-form";
import { pushSubscriptionInput } from "@/lib/notify/push-subscription";
import { subscribePushDevice, unsubscribePushDevice } from "@/lib/notify/workflows/push-devices";
import { saveNotificationPreferences } from "@/lib/notify/workflows/save-preferences";

const PAGE = "/settings/notifications";

export const savePreferencesAction = defineAction({ audience: "member", schema: preferencesSchema }, async (input, { viewer, db }) => {
  await saveNotificationPreferences(db, viewer.userId, input, new Date());
  revalidatePath(PAGE);
  return null;
});

export const subscribePushAction = defineAction({ audience: "member", schema: pushSubscriptionInput }, (input, { viewer, db }) =>
  subscribePushDevice(db, viewer.userId, input, vapidSettings() !== null),
);

export const unsubscribePushAction = defineAction(
  { audience: "member", schema: z.object({ endpoint: z.string().min(1).max(2000) }) },
  (input, { viewer, db }) => unsubscribePushDevice(db, viewer.userId, input.endpoint),
);

/**
 * Links the member's LINE account: LINE Login while signed in, which Auth.js records as one more
 * account of this member (the accounts table, provider "line"), then back to this page.
 */
export async function linkLineAction(form: FormData): Promise<void> {
  if (!(form instanceof FormData)) return;
  const viewer = await getViewer();
  if (viewer?.member?.status !== "active") redirect("/signin");
  if (!lineEnabled()) return;
  await signIn("line", { redirectTo: PAGE });
}
