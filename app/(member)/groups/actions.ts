"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/action";
import { groupSchema, joinGroupSchema, newGroupSchema } from "@/lib/groups/schemas";
import { createGroup } from "@/lib/groups/workflows/create-group";
import { joinGroupByInvite } from "@/lib/groups/workflows/join-group";
import { leaveGroup } from "@/lib/groups/workflows/leave-group";
import { rotateInvite } from "@/lib/groups/workflows/rotate-invite";

// Groups are reached through the caller's membership; a group one is not in does not exist.
const member = { audience: "member" } as const;

export const createGroupAction = defineAction({ ...member, schema: newGroupSchema }, async (input, { viewer, db }) => {
  const id = await createGroup(db, viewer.userId, input, new Date());
  redirect(`/groups/${id}`);
});

export const joinGroupAction = defineAction({ ...member, schema: joinGroupSchema }, async ({ token }, { viewer, db }) => {
  const id = await joinGroupByInvite(db, viewer.userId, token, new Date());
  redirect(`/groups/${id}`);
});

export const leaveGroupAction = defineAction({ ...member, schema: groupSchema }, async ({ groupId }, { viewer, db }) => {
  await leaveGroup(db, groupId, viewer.userId);
  redirect("/groups");
});

export const rotateInviteAction = defineAction({ ...member, schema: groupSchema }, async ({ groupId }, { viewer, db }) => {
  await rotateInvite(db, groupId, viewer.userId);
  refresh();
  return null;
});
