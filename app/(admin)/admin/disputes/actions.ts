"use server";

import { redirect } from "next/navigation";
import { resolveDispute } from "@/db/queries/care-disputes";
import { defineAction } from "@/lib/action";
import { resolveSchema } from "@/lib/care/after/forms";

// Admins only: anyone else is told the action's subject does not exist (lib/action).
export const resolveDisputeAction = defineAction({ audience: "member", capability: "admin", schema: resolveSchema }, async (input, { viewer, db }) => {
  await resolveDispute(db, { ...input, adminId: viewer.userId, now: new Date() });
  redirect("/admin/disputes");
});
