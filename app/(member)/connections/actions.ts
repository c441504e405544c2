"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { defineAction } from "@/lib/action";
import { presenceKey } from "@/lib/connections/presence-key";
import { digitsSchema, linkSchema, memberSchema, presenceLinkSchema, requestSchema } from "@/lib/connections/schemas";
import { blockMember } from "@/lib/connections/workflows/block";
import { cancelRequest } from "@/lib/connections/workflows/cancel-request";
import { confirmMet } from "@/lib/connections/workflows/confirm-met";
import { connectInPerson } from "@/lib/connections/workflows/connect-in-person";
import { removeConnection } from "@/lib/connections/workflows/remove-connection";
import { requestByLink } from "@/lib/connections/workflows/request-by-link";
import { sendRequest } from "@/lib/connections/workflows/request-connection";
import { rotateLink } from "@/lib/connections/workflows/rotate-link";
import { unblockMember } from "@/lib/connections/workflows/unblock";
import { tryDigits } from "@/lib/connections/workflows/verify-digits";
import { AppError } from "@/lib/errors";
import { emptySchema } from "@/lib/forms";
import { formatDateTime } from "@/lib/time/format";

// Every action names another member or a request; each is looked up through the caller, so
// anything the caller may not see is "not found", exactly as if it did not exist.
const member = { audience: "member" } as const;

export const sendRequestAction = defineAction({ ...member, schema: memberSchema }, async ({ userId }, { viewer, db }) => {
  const requestId = await sendRequest(db, viewer.userId, userId, new Date());
  redirect(`/connections/requests/${requestId}`);
});

export const verifyDigitsAction = defineAction({ ...member, schema: digitsSchema }, async ({ requestId, digits }, { viewer, db }) => {
  // The try is committed before it is reported, so a refused answer still counts against the pair.
  const outcome = await tryDigits(db, viewer.userId, requestId, digits, new Date());
  if (outcome.kind === "wrong") {
    throw new AppError("invalid_input", { key: "field.digits_wrong", field: "digits", values: { remaining: outcome.remaining } });
  }
  if (outcome.kind === "locked") {
    refresh();
    const until = formatDateTime(outcome.until, (await getLocale()) === "en" ? "en" : "ja");
    throw new AppError("rate_limited", { key: "connections.locked", values: { until } });
  }
  refresh();
  return { completed: outcome.completed };
});

export const cancelRequestAction = defineAction({ ...member, schema: requestSchema }, async ({ requestId }, { viewer, db }) => {
  await cancelRequest(db, viewer.userId, requestId, new Date());
  redirect("/connections");
});

export const confirmMetAction = defineAction({ ...member, schema: memberSchema }, async ({ userId }, { viewer, db }) => {
  await confirmMet(db, viewer.userId, userId, new Date());
  refresh();
  return null;
});

export const removeConnectionAction = defineAction({ ...member, schema: memberSchema }, async ({ userId }, { viewer, db }) => {
  await removeConnection(db, viewer.userId, userId);
  redirect("/connections");
});

export const blockMemberAction = defineAction({ ...member, schema: memberSchema }, async ({ userId }, { viewer, db }) => {
  await blockMember(db, viewer.userId, userId, new Date());
  redirect("/connections");
});

export const unblockMemberAction = defineAction({ ...member, schema: memberSchema }, async ({ userId }, { viewer, db }) => {
  await unblockMember(db, viewer.userId, userId);
  refresh();
  return null;
});

export const rotateLinkAction = defineAction({ ...member, schema: emptySchema }, async (_input, { viewer, db }) => {
  await rotateLink(db, viewer.userId, new Date());
  refresh();
  return null;
});

// The live code is checked again at the time of the tap: a page left open is no proof of being together.
export const connectInPersonAction = defineAction({ ...member, schema: presenceLinkSchema }, async ({ token, p }, { viewer, db }) => {
  const { created } = await connectInPerson(db, viewer.userId, { token, code: p }, new Date(), presenceKey());
  redirect(`/c/${token}?done=${created ? "connected" : "met"}`);
});

export const requestByLinkAction = defineAction({ ...member, schema: linkSchema }, async ({ token }, { viewer, db }) => {
  const requestId = await requestByLink(db, viewer.userId, token, new Date());
  redirect(`/connections/requests/${requestId}`);
});
