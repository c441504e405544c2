"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { contestSchema } from "@/lib/care/after/forms";
import { contestNoShow } from "@/lib/care/workflows/contest-no-show";

// Only the member's own record: the workflow treats anyone else's as not found.
export const contestAction = defineAction({ audience: "member", schema: contestSchema }, async (input, { viewer, db }) => {
  await contestNoShow(db, { ...input, viewerId: viewer.userId, now: new Date() });
  revalidatePath("/reliability");
  return null;
});
