"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/action";
import { childFormSchema, childRemoveSchema, childUpdateSchema } from "@/lib/children";
import { removeChild } from "@/lib/children/workflows/remove-child";
import { createChild, updateChild } from "@/lib/children/workflows/save-child";
import { appKey } from "@/lib/crypto/app-key";
import { tokyoDate } from "@/lib/time/tokyo";

// Every workflow below is scoped by the caller: a child of someone else is "not found".
const parent = { audience: "member", capability: "parent" } as const;
const today = () => tokyoDate(new Date());

export const createChildAction = defineAction({ ...parent, schema: () => childFormSchema(today()) }, async (input, { viewer, db }) => {
  const id = await createChild(db, viewer.userId, input, appKey(), new Date());
  redirect(`/children/${id}?saved=1`);
});

export const updateChildAction = defineAction(
  { ...parent, schema: () => childUpdateSchema(today()) },
  async ({ id, ...input }, { viewer, db }) => {
    await updateChild(db, viewer.userId, id, input, appKey(), new Date());
    redirect(`/children/${id}?saved=1`);
  },
);

export const removeChildAction = defineAction({ ...parent, schema: childRemoveSchema }, async ({ id }, { viewer, db }) => {
  await removeChild(db, viewer.userId, id, new Date());
  redirect("/children?removed=1");
});
