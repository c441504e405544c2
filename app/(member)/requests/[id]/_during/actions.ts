"use server";

import { revalidatePath } from "next/cache";
import { reportIncident } from "@/db/queries/care-incidents";
import { logNapCheck } from "@/db/queries/care-safety";
import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { incidentSchema, napCheckSchema } from "@/lib/care/during/schemas";

// Both start from careForViewer inside their queries: a request the caller has no part in is "not found".

export const logNapCheckAction = defineAction({ audience: "member", schema: napCheckSchema }, async (input, { viewer, db }) => {
  const result = await logNapCheck(db, { ...input, viewerId: viewer.userId, now: new Date() });
  if (!result.ok) throw result.reason === "not_found" ? new AppError("not_found") : new AppError("conflict", { key: "careDuring.nap_closed" });
  revalidatePath(`/requests/${input.requestId}`);
  return { childId: input.childId, state: input.state };
});

export const reportIncidentAction = defineAction({ audience: "member", schema: incidentSchema }, async (input, { viewer, db }) => {
  const result = await reportIncident(db, { ...input, viewerId: viewer.userId, now: new Date() });
  if (!result.ok) {
    if (result.reason === "not_found") throw new AppError("not_found");
    if (result.reason === "closed") throw new AppError("conflict", { key: "careDuring.incident_closed" });
    throw new AppError("invalid_input", { key: `field.${result.reason}`, field: "occurredAt" });
  }
  revalidatePath(`/requests/${input.requestId}`);
  return { id: result.id, severity: input.severity };
});
