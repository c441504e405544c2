"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/action";
import { codeSender } from "@/lib/members/phone-key";
import { decideSchema, reviewSchema } from "@/lib/safety/report-schema";
import { decideReport, reviewReport } from "@/lib/safety/workflows/decide-report";

// Admins only: anyone else is told the action's subject does not exist (lib/action).
const admin = { audience: "member", capability: "admin" } as const;

export const reviewReportAction = defineAction({ ...admin, schema: reviewSchema }, async ({ reportId }, { db }) => {
  await reviewReport(db, { reportId, now: new Date() });
  redirect(`/admin/reports/${reportId}`);
});

export const decideReportAction = defineAction({ ...admin, schema: decideSchema }, async (input, { viewer, db }) => {
  // The key that hashes a suspended member's number is the one phone codes are hashed with.
  await decideReport(db, { ...input, adminId: viewer.userId, key: codeSender().key, now: new Date() });
  redirect(`/admin/reports/${input.reportId}`);
});
