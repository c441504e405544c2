"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/action";
import { approveSchema, rejectSchema, verifyQualificationSchema, verifySingleParentSchema } from "@/lib/members/standing-forms";
import { approveCertification } from "@/lib/members/workflows/decide-certification";
import { rejectAtDesk } from "@/lib/members/workflows/reject-at-desk";
import { verifySingleParent } from "@/lib/members/workflows/single-parent";
import { verifyQualification } from "@/lib/members/workflows/verify-qualification";
import { tokyoDate } from "@/lib/time/tokyo";

// Admins only: anyone else is told the action's subject does not exist (lib/action).
const admin = { audience: "member", capability: "admin" } as const;
const done = () => redirect("/admin/certifications");

export const approveCertificationAction = defineAction({ ...admin, schema: approveSchema }, async (input, { viewer, db }) => {
  await approveCertification(db, { ...input, adminId: viewer.userId, now: new Date() });
  done();
});

export const verifyQualificationAction = defineAction(
  { ...admin, schema: () => verifyQualificationSchema(tokyoDate(new Date())) },
  async (input, { viewer, db }) => {
    await verifyQualification(db, { ...input, adminId: viewer.userId, now: new Date() });
    done();
  },
);

export const verifySingleParentAction = defineAction(
  { ...admin, schema: () => verifySingleParentSchema(tokyoDate(new Date())) },
  async (input, { viewer, db }) => {
    await verifySingleParent(db, { ...input, adminId: viewer.userId, now: new Date() });
    done();
  },
);

export const rejectAtDeskAction = defineAction({ ...admin, schema: rejectSchema }, async (input, { viewer, db }) => {
  await rejectAtDesk(db, { ...input, adminId: viewer.userId, now: new Date() });
  done();
});
