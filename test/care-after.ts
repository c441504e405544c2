import { and, eq } from "drizzle-orm";
import { expect } from "vitest";
import type { Db } from "@/db/client";
import { careRequests, notifications } from "@/db/schema";
import { proposeTimeChange } from "@/lib/care/workflows/propose-time-change";
import { isUuid } from "@/lib/ids";
import { refusal } from "@/test/refusal";
import { createMatchedCare, type MatchedCareOptions } from "./care";
import { connect, member } from "./care-data";

// Shared by the after-matching integration tests: a matched care with its people, and the
// shape of a refusal (test/refusal.ts).

export const at = (hhmm: string, day = "2026-06-01") => new Date(`${day}T${hhmm}:00+09:00`);
/** The care: 1 June 2026, 10:00–11:00 Tokyo. */
export const START = at("10:00");
export const END = at("11:00");
/** The day before the care, and its morning: when changes and cancellations are asked for. */
export const DAY_BEFORE = at("09:00", "2026-05-30");
export const MORNING = at("08:00");

/** A proposal to move the care to `start`–`end` (Tokyo clock on the care's day). */
export const proposeAt = (db: Db, requestId: string, viewerId: string, start: string, end: string, now = DAY_BEFORE) =>
  proposeTimeChange(db, { requestId, viewerId, startAt: at(start), endAt: at(end), now });

/** A parent, the chosen helper, a recipient who was not chosen and a stranger, with a matched care. */
export async function matched(db: Db, over: Partial<MatchedCareOptions> = {}) {
  const [parent, helper, other, stranger] = [
    await member(db, "親"),
    await member(db, "助"),
    await member(db, "他"),
    await member(db, "外"),
  ];
  await connect(db, parent, helper);
  await connect(db, parent, other);
  const id = await createMatchedCare(db, { parentId: parent, helperId: helper, startAt: START, endAt: END, others: [other], ...over });
  return { parent, helper, other, stranger, id };
}

export async function requestRow(db: Db, id: string) {
  const [row] = isUuid(id) ? await db.select().from(careRequests).where(eq(careRequests.id, id)) : [];
  return row ?? null;
}

export async function kindsFor(db: Db, userId: string, requestId: string | null = null) {
  const where = requestId
    ? and(eq(notifications.userId, userId), eq(notifications.requestId, requestId))
    : eq(notifications.userId, userId);
  return (await db.select({ kind: notifications.kind }).from(notifications).where(where)).map((n) => n.kind).sort();
}

/** Runs `attempt` and checks it was refused with `expected` and left the request row as it was. */
export async function refusedUnchanged(db: Db, id: string, attempt: () => Promise<unknown>, expected: Record<string, unknown>) {
  const before = await requestRow(db, id);
  expect(await refusal(attempt())).toEqual(expected);
  expect(await requestRow(db, id)).toEqual(before);
}
