"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { createGroup, findGroupByInvite, joinGroup, leaveGroup, rotateInvite } from "@/db/queries/groups";
import { defineAction } from "@/lib/action";
import { groupSchema, joinGroupSchema, newGroupSchema } from "@/lib/connections/schemas";
import { notFound } from "@/lib/errors";

// Groups are reached through the caller's membership; a group one is not in does not exist.
const member = { audience: "member" } as const;

export const createGroupAction = defineAction({ ...member, schema: newGroupSchema }, async (input, { viewer, db }) => {
  const id = await createGroup(db, viewer.userId, input, new Date());
  redirect(`/groups/${id}`);
});

export const joinGroupAction = defineAction({ ...member, schema: joinGroupSchema }, async ({ token }, { viewer, db }) => {
  const group = await findGroupByInvite(db, token);
  if (!group) throw notFound();
  await joinGroup(db, group.id, viewer.userId, new Date());
  redirect(`/groups/${group.id}`);
});

export const leaveGroupAction = defineAction({ ...member, schema: groupSchema }, async ({ groupId }, { viewer, db }) => {
  if (!(await leaveGroup(db, groupId, viewer.userId))) throw notFound();
  redirect("/groups");
});

export const rotateInviteAction = defineAction({ ...member, schema: groupSchema }, async ({ groupId }, { viewer, db }) => {
  if (!(await rotateInvite(db, groupId, viewer.userId))) throw notFound();
  refresh();
  return null;
});
