"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { decideContestSchema } from "@/lib/care/after/forms";
import { decideNoShowContest } from "@/lib/care/workflows/decide-no-show-contest";

// Admins only: anyone else is told the action's subject does not exist (lib/action).
export const decideContestAction = defineAction(
  { audience: "member", capability: "admin", schema: decideContestSchema },
  async (input, { viewer, db }) => {
    await decideNoShowContest(db, { ...input, adminId: viewer.userId, now: new Date() });
    revalidatePath("/admin/no-shows");
    return null;
  },
);
