import type { Db } from "@/db";
import { insertConnection } from "@/db/queries/connections";
import { careRecipients, careRequestChildren, careRequests } from "@/db/schema";
import { seedRulebooks } from "@/db/seed/rulebooks";
import type { CareState } from "@/lib/care";
import type { CareKind } from "@/lib/care/post/schema";
import { DEFAULT_RULEBOOK_KEY } from "@/lib/care/view";

/** The default rulebook row a request refers to (the care seed's own, idempotent). */
async function ensureDefaultRulebook(db: Db): Promise<string> {
  await seedRulebooks(db);
  return DEFAULT_RULEBOOK_KEY;
}

/**
 * A care request written straight to the database, for tests (integration and e2e) that need one at
 * a given time and state without going through posting and choosing. With a helper it is matched
 * (the helper answered OK); other recipients stay unanswered. Everyone asked is connected to the
 * parent (in person, met), as posting requires; a test of a former connection removes it afterwards.
 */
export async function insertCare(
  db: Db,
  o: {
    parentId: string;
    childIds: string[];
    startAt: Date;
    endAt: Date;
    helperId?: string;
    recipients?: string[];
    kind?: CareKind;
    state?: CareState;
    insured?: boolean;
  },
): Promise<string> {
  const rulebookKey = await ensureDefaultRulebook(db);
  const matchedAt = o.helperId ? new Date(o.startAt.getTime() - 24 * 60 * 60 * 1000) : null;
  const kind = o.kind ?? "azukari";
  const route = kind !== "azukari";
  const [row] = await db
    .insert(careRequests)
    .values({
      parentId: o.parentId,
      kind,
      startAt: o.startAt,
      endAt: o.endAt,
      place: kind === "soge" ? null : "helper_home",
      pickupPlace: route ? "みどり保育園" : null,
      dropoffPlace: route ? "保護者の家" : null,
      state: o.state ?? (o.helperId ? "matched" : "open"),
      rulebookKey,
      helperId: o.helperId ?? null,
      matchedAt,
      insured: o.helperId ? (o.insured ?? true) : null,
      insuranceSnapshot: o.helperId
        ? { ruleVersion: "test", decision: { insured: o.insured ?? true, reasons: [], childReasons: [] } }
        : null,
      createdAt: new Date(o.startAt.getTime() - 2 * 24 * 60 * 60 * 1000),
    })
    .returning({ id: careRequests.id });
  const id = row!.id;
  await db.insert(careRequestChildren).values(o.childIds.map((childId) => ({ requestId: id, childId })));
  const asked = [...new Set([...(o.helperId ? [o.helperId] : []), ...(o.recipients ?? [])])];
  for (const userId of asked) await insertConnection(db, o.parentId, userId, "in_person", o.startAt, true);
  if (asked.length > 0) {
    await db.insert(careRecipients).values(
      asked.map((userId) => ({
        requestId: id,
        userId,
        response: userId === o.helperId ? ("ok" as const) : ("none" as const),
        sheetReadAt: userId === o.helperId ? matchedAt : null,
        respondedAt: userId === o.helperId ? matchedAt : null,
      })),
    );
  }
  return id;
}
