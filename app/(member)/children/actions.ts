"use server";

import { redirect } from "next/navigation";
import { createChild, removeChild, updateChild } from "@/db/queries/children";
import { defineAction } from "@/lib/action";
import { childFormSchema, childRemoveSchema, childUpdateSchema } from "@/lib/children";
import { appKey } from "@/lib/crypto/app-key";
import { AppError } from "@/lib/errors";
import { tokyoDate } from "@/lib/time/tokyo";

// Every query below is scoped by the caller: a child of someone else is "not found".
const parent = { audience: "member", capability: "parent" } as const;
const today = () => tokyoDate(new Date());

export const createChildAction = defineAction({ ...parent, schema: () => childFormSchema(today()) }, async (input, { viewer, db }) => {
  const id = await createChild(db, viewer.userId, input, appKey(), new Date());
  redirect(`/children/${id}?saved=1`);
});

export const updateChildAction = defineAction(
  { ...parent, schema: () => childUpdateSchema(today()) },
  async ({ id, ...input }, { viewer, db }) => {
    if (!(await updateChild(db, viewer.userId, id, input, appKey(), new Date()))) throw new AppError("not_found");
    redirect(`/children/${id}?saved=1`);
  },
);

export const removeChildAction = defineAction({ ...parent, schema: childRemoveSchema }, async ({ id }, { viewer, db }) => {
  if (!(await removeChild(db, viewer.userId, id, new Date()))) throw new AppError("not_found");
  redirect("/children?removed=1");
});
