"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { signOut } from "@/lib/auth/auth";
import { appKey } from "@/lib/crypto/app-key";
import { emptySchema } from "@/lib/forms";
import { deleteAccount } from "@/lib/privacy/workflows/delete-account";
import { requestExport } from "@/lib/privacy/workflows/export";

// Each acts on the caller's own account only.
const member = { audience: "member" } as const;

export const requestExportAction = defineAction({ ...member, schema: emptySchema }, async (_input, { viewer, db }) => {
  await requestExport(db, viewer.userId, new Date());
  refresh();
  return null;
});

const confirmSchema = z.object({ confirm: z.literal("delete", { error: "confirm_required" }) });

export const deleteAccountAction = defineAction({ ...member, schema: confirmSchema }, async (_input, { viewer, db }) => {
  await deleteAccount(db, viewer.userId, appKey(), new Date());
  // The account is gone: its cookie signs in as no one (lib/auth/viewer), and is cleared here.
  await signOut({ redirectTo: "/" });
  return null;
});
