"use server";

import { revalidatePath } from "next/cache";
import { markIncidentHandled } from "@/db/queries/care-incidents";
import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { incidentIdSchema } from "@/lib/care/during/schemas";

export const markIncidentHandledAction = defineAction(
  { audience: "member", capability: "admin", schema: incidentIdSchema },
  async ({ incidentId }, { db }) => {
    if (!(await markIncidentHandled(db, incidentId, new Date()))) throw new AppError("not_found");
    revalidatePath("/admin/incidents");
    revalidatePath(`/admin/incidents/${incidentId}`);
    return null;
  },
);
