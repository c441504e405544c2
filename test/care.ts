import { eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { careRecipients, careRequestChildren, careRequests, children, members } from "@/db/schema";
import { seedRulebooks } from "@/db/seed/rulebooks";
import { DEFAULT_RULEBOOK_KEY } from "@/lib/care/view";
import { buildInsuranceSnapshot } from "@/lib/insurance";

export type MatchedCareOptions = {
  parentId: string;
  helperId: string;
  startAt: Date;
  endAt: Date;
  /** Other recipients who were asked and not chosen. */
  others?: string[];
  waived?: boolean;
  /** Birth dates of the children in the care (one 4-year-old by default). */
  childBirthDates?: string[];
  insured?: boolean;
};

/**
 * A care request already matched, written straight to the database: tests of what happens
 * after matching (integration and e2e) need cares whose times are in the past, which the app
 * rightly never lets anyone post. Children are created without details.
 */
export async function createMatchedCare(db: Db, o: MatchedCareOptions): Promise<string> {
  await seedRulebooks(db);
  const matchedAt = new Date(o.startAt.getTime() - 24 * 60 * 60 * 1000);
  const births = o.childBirthDates ?? [fourYearsBefore(o.startAt)];
  const kids = await db
    .insert(children)
    .values(births.map((birthDate, i) => ({ parentId: o.parentId, name: `テスト ${i + 1}`, nameKana: "てすと", birthDate })))
    .returning({ id: children.id, birthDate: children.birthDate });
  const snapshot = await snapshotFor(db, o, matchedAt, kids);
  const [request] = await db
    .insert(careRequests)
    .values({
      parentId: o.parentId,
      kind: "azukari",
      startAt: o.startAt,
      endAt: o.endAt,
      place: "helper_home",
      state: "matched",
      rulebookKey: DEFAULT_RULEBOOK_KEY,
      helperId: o.helperId,
      matchedAt,
      insured: o.insured ?? snapshot.decision.insured,
      insuranceSnapshot: snapshot,
      createdAt: matchedAt,
    })
    .returning({ id: careRequests.id });
  const requestId = request!.id;
  await db.insert(careRequestChildren).values(kids.map((k) => ({ requestId, childId: k.id })));
  const respondedAt = matchedAt;
  await db
    .insert(careRecipients)
    .values([
      { requestId, userId: o.helperId, response: "ok", waived: o.waived ?? false, sheetReadAt: respondedAt, respondedAt },
      ...(o.others ?? []).map((userId) => ({ requestId, userId, response: "ok" as const, sheetReadAt: respondedAt, respondedAt })),
    ]);
  return requestId;
}

/** Moves a care to other times, as if it had been posted for them. */
export async function moveCare(db: Db, requestId: string, startAt: Date, endAt: Date): Promise<void> {
  await db.update(careRequests).set({ startAt, endAt }).where(eq(careRequests.id, requestId));
}

/** The insurance decision matching would have stored, from the members' real facts. */
async function snapshotFor(db: Db, o: MatchedCareOptions, matchedAt: Date, kids: { id: string; birthDate: string }[]) {
  const adults = await db
    .select()
    .from(members)
    .where(inArray(members.userId, [o.parentId, o.helperId]));
  const adult = (id: string) => {
    const m = adults.find((a) => a.userId === id);
    if (!m) throw new Error(`no member ${id}`);
    return { status: m.status, birthDate: m.birthDate };
  };
  return buildInsuranceSnapshot({
    matchedAt,
    careStart: o.startAt,
    careEnd: o.endAt,
    areConnectedAtMatch: true,
    parent: adult(o.parentId),
    helper: adult(o.helperId),
    children: kids,
  });
}

function fourYearsBefore(at: Date): string {
  const d = new Date(at);
  d.setUTCFullYear(d.getUTCFullYear() - 4);
  return d.toISOString().slice(0, 10);
}
