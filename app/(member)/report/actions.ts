"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/action";
import { reportSchema } from "@/lib/safety/report-schema";
import { submitReport } from "@/lib/safety/workflows/report";

// A member reports what they can see: a member, a care or one of its messages.
export const submitReportAction = defineAction({ audience: "member", schema: reportSchema }, async (input, { viewer, db }) => {
  await submitReport(db, { reporterId: viewer.userId, input, now: new Date() });
  redirect("/report?sent=1");
});
