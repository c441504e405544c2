"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/action";
import { resolveSchema } from "@/lib/care/after/forms";
import { resolveDispute } from "@/lib/care/workflows/resolve-dispute";

// Admins only: anyone else is told the action's subject does not exist (lib/action).
export const resolveDisputeAction = defineAction(
  { audience: "member", capability: "admin", schema: resolveSchema },
  async (input, { viewer, db }) => {
    await resolveDispute(db, { ...input, adminId: viewer.userId, now: new Date() });
    redirect("/admin/disputes");
  },
);
