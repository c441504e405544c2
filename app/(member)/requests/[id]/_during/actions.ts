"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { incidentSchema, napCheckSchema } from "@/lib/care/during/schemas";
import { logNapCheck } from "@/lib/care/workflows/log-nap-check";
import { reportIncident } from "@/lib/care/workflows/report-incident";
import { appKey } from "@/lib/crypto/app-key";

// Both start from withCare inside their workflows: a request the caller has no part in is "not found".

export const logNapCheckAction = defineAction({ audience: "member", schema: napCheckSchema }, async (input, { viewer, db }) => {
  await logNapCheck(db, { ...input, viewerId: viewer.userId, key: appKey(), now: new Date() });
  revalidatePath(`/requests/${input.requestId}`);
  return { childId: input.childId, state: input.state };
});

export const reportIncidentAction = defineAction({ audience: "member", schema: incidentSchema }, async (input, { viewer, db }) => {
  const id = await reportIncident(db, { ...input, viewerId: viewer.userId, key: appKey(), now: new Date() });
  revalidatePath(`/requests/${input.requestId}`);
  return { id, severity: input.severity };
});
