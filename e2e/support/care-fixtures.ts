import type { Browser, Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { insertConnection } from "@/db/queries/connections";
import { careReports, careRequests, reliabilityRecords } from "@/db/schema";
import { tokyoClock, tokyoDate } from "@/lib/time/tokyo";
import { createMatchedCare, moveCare } from "@/test/care";
import { memberOnNewPage, type TestMember } from "../pages/connections";
import { tokyoAt, tokyoDay } from "../pages/requests";
import { uniqueTag } from "./tag";

type Db = DbHandle["db"];
type Person = { member: TestMember; page: Page };

/**
 * Yesterday 10:00–11:00 in Tokyo: a care that has ended whatever the hour the suite runs at,
 * and that never crosses midnight (reports are on the care's day).
 */
export const yesterday = () => ({ start: tokyoAt(tokyoDay(-1), "10:00"), end: tokyoAt(tokyoDay(-1), "11:00") });

/**
 * A matched care written straight to the database, with its parent and chosen helper signed in
 * on pages of their own (and, when asked, a recipient who was not chosen). Tests of what
 * happens after matching need cares in the past or about to start, which no one can post.
 */
export async function matchedCare(
  browser: Browser,
  db: Db,
  o: { startAt: Date; endAt: Date; waived?: boolean; withOther?: boolean; childBirthDates?: string[] },
): Promise<{ parent: Person; helper: Person; other: Person | null; requestId: string; path: string }> {
  const tag = uniqueTag();
  const parent = await memberOnNewPage(browser, db, `後 親${tag}`, "あと おや");
  const helper = await memberOnNewPage(browser, db, `後 助${tag}`, "あと たすけ");
  const other = o.withOther ? await memberOnNewPage(browser, db, `後 他${tag}`, "あと ほか") : null;
  for (const friend of [helper, other]) {
    if (friend) await insertConnection(db, parent.member.id, friend.member.id, "in_person", new Date(), true);
  }
  const requestId = await createMatchedCare(db, {
    parentId: parent.member.id,
    helperId: helper.member.id,
    startAt: o.startAt,
    endAt: o.endAt,
    waived: o.waived,
    childBirthDates: o.childBirthDates,
    others: other ? [other.member.id] : [],
  });
  return { parent, helper, other, requestId, path: `/requests/${requestId}` };
}

/**
 * Moves a care that was posted through the app (whose start had to be in the future) to
 * yesterday, so that it has ended and can be reported: the browser cannot wait for the clock.
 */
export async function moveToYesterday(db: Db, requestId: string): Promise<void> {
  const { start, end } = yesterday();
  await moveCare(db, requestId, start, end);
}

export async function careRow(db: Db, requestId: string) {
  const [row] = await db.select().from(careRequests).where(eq(careRequests.id, requestId));
  return row!;
}

export async function reportRow(db: Db, requestId: string) {
  const [row] = await db.select().from(careReports).where(eq(careReports.requestId, requestId));
  return row ?? null;
}

export async function recordsOf(db: Db, userId: string) {
  return db.select().from(reliabilityRecords).where(eq(reliabilityRecords.userId, userId));
}

/**
 * A one-hour care starting on the quarter hour about an hour from now (less than 24 hours
 * ahead, so cancelling it is late), moved to 01:00 when the evening would let an extension
 * run past midnight.
 */
export function soon(now = Date.now()): { start: Date; end: Date } {
  const quarter = 15 * 60_000;
  let start = new Date(Math.ceil((now + 60 * 60_000) / quarter) * quarter);
  const hour = Number(tokyoClock(start).slice(0, 2));
  if (hour >= 20 || hour < 1) start = tokyoAt(tokyoDate(new Date(now + 6 * 3600_000)), "01:00");
  return { start, end: new Date(start.getTime() + 60 * 60_000) };
}
