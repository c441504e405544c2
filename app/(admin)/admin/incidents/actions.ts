"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { incidentIdSchema } from "@/lib/care/during/schemas";
import { markIncidentHandled } from "@/lib/care/workflows/mark-incident-handled";

export const markIncidentHandledAction = defineAction(
  { audience: "member", capability: "admin", schema: incidentIdSchema },
  async ({ incidentId }, { db }) => {
    await markIncidentHandled(db, incidentId, new Date());
    revalidatePath("/admin/incidents");
    revalidatePath(`/admin/incidents/${incidentId}`);
    return null;
  },
);
