import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, lte, or, type SQL, sql } from "drizzle-orm";
import type { CareState } from "@/lib/care";
import { coarseBirthDate, decadeOf } from "@/lib/privacy/birth-date";
import { containsAny, scrubJson, scrubText } from "@/lib/privacy/scrub";
import { type AnonymisedTable, PRIVACY_TABLES, type PrivacyTable, privacyTables, type Scope, type TableRule } from "@/lib/privacy/tables";
import type { Db } from "../client";
import {
  careDetailViews,
  careFeedback,
  careRecipients,
  careRequestChildren,
  careRequests,
  careTimeChanges,
  children,
  incidents,
  members,
  napChecks,
  notifications,
  privacyExports,
  reliabilityRecords,
  users,
  verificationTokens,
} from "../schema";

// The reads and writes of "export my data" and "delete my account", driven by the registry
// (lib/privacy/tables.ts). Table and column names come from that constant list, never from input.

/** Whose rows: the member, and the contacts their outboxes and sign-in links were addressed to. */
export interface Subject {
  userId: string;
  email: string | null;
  phone: string | null;
}

const id = (name: string) => sql.identifier(name);

/** Rows of a raw `execute`, which postgres.js returns as an array and PGlite as `{ rows }`. */
function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows?: T[] }).rows ?? []);
}

function scopeSql(scope: Scope, who: Subject): SQL {
  if ("member" in scope)
    return sql.join(
      scope.member.map((c) => sql`${id(c)} = ${who.userId}`),
      sql` or `,
    );
  if ("child" in scope) return sql`${id(scope.child)} in (select id from children where parent_id = ${who.userId})`;
  if ("request" in scope)
    return sql`${id(scope.request)} in (select id from care_requests where parent_id = ${who.userId} or helper_id = ${who.userId})`;
  if ("lineAccount" in scope)
    return sql`${id(scope.lineAccount)} in (select provider_account_id from accounts where user_id = ${who.userId} and provider = 'line')`;
  if ("deskThread" in scope) return sql`${id(scope.deskThread)} in (select id from desk_threads where user_id = ${who.userId})`;
  if ("email" in scope) return who.email ? sql`${id(scope.email)} = ${who.email}` : sql`false`;
  return who.phone ? sql`${id(scope.phone)} = ${who.phone}` : sql`false`;
}

const anyOf = (scopes: readonly Scope[], who: Subject) =>
  sql.join(
    scopes.map((s) => sql`(${scopeSql(s, who)})`),
    sql` or `,
  );

/** The member's rows of one table, as stored (minus the columns the registry never exports). */
export async function memberRows(db: Db, table: PrivacyTable, who: Subject): Promise<Record<string, unknown>[]> {
  const rule: TableRule = PRIVACY_TABLES[table];
  if (rule.scopes.length === 0) return [];
  const rows = rowsOf<Record<string, unknown>>(await db.execute(sql`select * from ${id(table)} where ${anyOf(rule.scopes, who)}`));
  for (const row of rows) for (const column of rule.omit ?? []) delete row[column];
  return rows;
}

export async function subjectOf(db: Db, userId: string): Promise<Subject | null> {
  const [row] = await db
    .select({ userId: users.id, email: users.email, phone: members.phone })
    .from(users)
    .leftJoin(members, eq(members.userId, users.id))
    .where(eq(users.id, userId));
  return row ? { userId: row.userId, email: row.email, phone: row.phone ?? null } : null;
}

// Deletion.

/** Locks the member's row for the deletion; null when there is no such active or suspended member. */
export async function lockMemberForDeletion(db: Db, userId: string) {
  const [row] = await db
    .select({ status: members.status, displayName: members.displayName, nameKana: members.nameKana, birthDate: members.birthDate })
    .from(members)
    .where(eq(members.userId, userId))
    .for("update");
  return row ?? null;
}

/** Every care the member is the parent or the helper of, with its timing (for the refusal rule). */
export async function caresOfMember(db: Db, userId: string): Promise<{ state: CareState; start: Date; end: Date; asParent: boolean }[]> {
  const rows = await db
    .select({ state: careRequests.state, start: careRequests.startAt, end: careRequests.endAt, parentId: careRequests.parentId })
    .from(careRequests)
    .where(or(eq(careRequests.parentId, userId), eq(careRequests.helperId, userId)));
  return rows.map(({ parentId, ...r }) => ({ ...r, asParent: parentId === userId }));
}

/** The children of a member with the start of every care each was in. */
export async function childrenWithCares(db: Db, parentId: string) {
  const kids = await db
    .select({ id: children.id, name: children.name, nameKana: children.nameKana, birthDate: children.birthDate })
    .from(children)
    .where(eq(children.parentId, parentId));
  if (kids.length === 0) return [];
  const cares = await db
    .select({ childId: careRequestChildren.childId, startAt: careRequests.startAt })
    .from(careRequestChildren)
    .innerJoin(careRequests, eq(careRequests.id, careRequestChildren.requestId))
    .where(
      inArray(
        careRequestChildren.childId,
        kids.map((k) => k.id),
      ),
    );
  return kids.map((k) => ({ ...k, careStarts: cares.filter((c) => c.childId === k.id).map((c) => c.startAt) }));
}

/** Deletes the member's rows of every table the registry erases by deletion. */
export async function deleteMemberRows(db: Db, who: Subject): Promise<void> {
  for (const [table, rule] of privacyTables()) {
    if (rule.erase !== "delete") continue;
    await db.execute(sql`delete from ${id(table)} where ${anyOf(rule.eraseScopes ?? rule.scopes, who)}`);
  }
}

type Anonymiser = (db: Db, who: Subject, now: Date) => Promise<void>;

/** What "anonymise" means for each table the registry anonymises (the type makes each one present). */
export const ANONYMISERS: Record<AnonymisedTable, Anonymiser> = {
  users: async (db, who) => {
    await db.update(users).set({ name: null, email: null, image: null, emailVerified: null }).where(eq(users.id, who.userId));
  },
  members: async (db, who, now) => {
    const [m] = await db.select({ birthDate: members.birthDate }).from(members).where(eq(members.userId, who.userId));
    if (!m) return;
    await db
      .update(members)
      .set({
        displayName: "",
        nameKana: "",
        phone: null,
        phoneVerifiedAt: null,
        status: "left",
        birthDate: decadeOf(m.birthDate),
        updatedAt: now,
      })
      .where(eq(members.userId, who.userId));
  },
  children: async (db, who, now) => {
    for (const kid of await childrenWithCares(db, who.userId)) {
      await db
        .update(children)
        .set({
          name: "",
          nameKana: "",
          birthDate: coarseBirthDate(kid.birthDate, kid.careStarts),
          detailsEncrypted: null,
          healthConsentAt: null,
          removedAt: sql`coalesce(${children.removedAt}, ${now.toISOString()}::timestamptz)`,
          updatedAt: now,
        })
        .where(eq(children.id, kid.id));
    }
  },
  care_requests: async (db, who) => {
    await db
      .update(careRequests)
      .set({ placeNote: null, pickupPlace: null, dropoffPlace: null, notes: null, cancelReason: null })
      .where(eq(careRequests.parentId, who.userId));
    await db.update(careRequests).set({ cancelReason: null }).where(eq(careRequests.cancelledBy, who.userId));
  },
  care_recipients: async (db, who) => {
    await db.update(careRecipients).set({ message: null }).where(eq(careRecipients.userId, who.userId));
  },
  care_feedback: async (db, who) => {
    await db
      .update(careFeedback)
      .set({ thankYouMessage: null })
      .where(
        inArray(careFeedback.requestId, db.select({ id: careRequests.id }).from(careRequests).where(eq(careRequests.parentId, who.userId))),
      );
  },
};

/** The statistics summary of the member's requests takes the coarsened birth dates at once (the refresh would, later). */
export async function restatYoungestBirthDates(db: Db, parentId: string): Promise<void> {
  await db.execute(sql`update stats_requests s set youngest_birth_date =
    (select max(c.birth_date) from care_request_children rc join children c on c.id = rc.child_id where rc.request_id = s.request_id)
    where s.parent_id = ${parentId}`);
}

/** The frozen records of the member's cares (insurance snapshot, incident care record) with the given strings cut out. */
export async function scrubCareRecords(db: Db, userId: string, needles: readonly string[]): Promise<void> {
  const cares = db
    .select({ id: careRequests.id })
    .from(careRequests)
    .where(or(eq(careRequests.parentId, userId), eq(careRequests.helperId, userId)));
  for (const r of await db
    .select({ id: careRequests.id, snapshot: careRequests.insuranceSnapshot })
    .from(careRequests)
    .where(inArray(careRequests.id, cares))) {
    if (r.snapshot !== null)
      await db
        .update(careRequests)
        .set({ insuranceSnapshot: scrubJson(r.snapshot, needles) })
        .where(eq(careRequests.id, r.id));
  }
  // A time change to another day keeps the insurance decided for the new day (its children's birth dates too).
  for (const r of await db
    .select({ id: careTimeChanges.id, snapshot: careTimeChanges.insuranceSnapshot })
    .from(careTimeChanges)
    .where(inArray(careTimeChanges.requestId, cares))) {
    if (r.snapshot !== null)
      await db
        .update(careTimeChanges)
        .set({ insuranceSnapshot: scrubJson(r.snapshot, needles) as typeof r.snapshot })
        .where(eq(careTimeChanges.id, r.id));
  }
  for (const r of await db
    .select({ id: incidents.id, record: incidents.careRecord })
    .from(incidents)
    .where(inArray(incidents.requestId, cares))) {
    await db
      .update(incidents)
      .set({ careRecord: scrubJson(r.record, needles) })
      .where(eq(incidents.id, r.id));
  }
}

/** The sealed texts of the member's cares (nap notes, incident descriptions), as stored, for deletion to open and scrub. */
export async function sealedTextsOfCares(db: Db, userId: string) {
  const cares = db
    .select({ id: careRequests.id })
    .from(careRequests)
    .where(or(eq(careRequests.parentId, userId), eq(careRequests.helperId, userId)));
  const [naps, incidentRows] = await Promise.all([
    db
      .select({ id: napChecks.id, text: napChecks.note })
      .from(napChecks)
      .where(and(inArray(napChecks.requestId, cares), isNotNull(napChecks.note))),
    db.select({ id: incidents.id, text: incidents.description }).from(incidents).where(inArray(incidents.requestId, cares)),
  ]);
  return { naps: naps.flatMap((r) => (r.text === null ? [] : [{ id: r.id, text: r.text }])), incidents: incidentRows };
}

// Tables whose rows are people (each anonymised above): another person's name that happens to contain
// the deleted member's must not be cut.
const NOT_SCRUBBED = new Set(["users", "accounts", "sessions", "verification_tokens", "members", "children", "__drizzle_migrations"]);

/** Every text, JSON and text-array column of the database's tables. */
async function textColumns(db: Db): Promise<Map<string, { name: string; type: string }[]>> {
  const rows = rowsOf<{ table_name: string; column_name: string; data_type: string }>(
    await db.execute(sql`select c.table_name, c.column_name, c.data_type from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
      where c.table_schema = 'public' and (c.data_type in ('text', 'character varying', 'jsonb', 'json')
        or (c.data_type = 'ARRAY' and c.udt_name in ('_text', '_varchar')))
      order by c.table_name, c.ordinal_position`),
  );
  const byTable = new Map<string, { name: string; type: string }[]>();
  for (const r of rows) byTable.set(r.table_name, [...(byTable.get(r.table_name) ?? []), { name: r.column_name, type: r.data_type }]);
  return byTable;
}

/**
 * Cuts the needles out of every text left in the database (other members' notifications, messages,
 * records). Values `skip` names are left whole: a sealed value's base64 may happen to contain a short
 * needle, and cutting it would make it unreadable (the caller opens and scrubs those itself).
 */
export async function scrubEverywhere(db: Db, needles: readonly string[], o: { skip?: (text: string) => boolean } = {}): Promise<number> {
  if (needles.length === 0) return 0;
  let changed = 0;
  for (const [table, columns] of await textColumns(db)) {
    if (NOT_SCRUBBED.has(table)) continue;
    const matches = sql.join(
      columns.flatMap((c) => needles.map((n) => sql`strpos(${id(c.name)}::text, ${n}) > 0`)),
      sql` or `,
    );
    const rows = rowsOf<Record<string, unknown>>(
      await db.execute(
        sql`select ctid::text as row_ctid, ${sql.join(
          columns.map((c) => id(c.name)),
          sql`, `,
        )} from ${id(table)} where ${matches}`,
      ),
    );
    for (const row of rows) {
      const sets = columns
        .filter((c) => row[c.name] !== null && containsAny(JSON.stringify(row[c.name]), needles))
        .filter((c) => !(typeof row[c.name] === "string" && o.skip?.(row[c.name] as string)))
        .map((c) => {
          const value = row[c.name];
          if (c.type === "jsonb" || c.type === "json") return sql`${id(c.name)} = ${JSON.stringify(scrubJson(value, needles))}::jsonb`;
          if (c.type === "ARRAY") return sql`${id(c.name)} = ${(value as string[]).map((v) => scrubText(v, needles))}`;
          return sql`${id(c.name)} = ${scrubText(String(value), needles)}`;
        });
      if (sets.length === 0) continue;
      await db.execute(sql`update ${id(table)} set ${sql.join(sets, sql`, `)} where ctid = ${row.row_ctid}::tid`);
      changed += 1;
    }
  }
  return changed;
}

// Exports.

export async function insertExportRequest(db: Db, userId: string, now: Date): Promise<void> {
  await db.insert(privacyExports).values({ userId, requestedAt: now });
}

/** The member's exports, newest first, without their files. */
export async function exportsOf(db: Db, userId: string) {
  return db
    .select({
      id: privacyExports.id,
      status: privacyExports.status,
      requestedAt: privacyExports.requestedAt,
      readyAt: privacyExports.readyAt,
      expiresAt: privacyExports.expiresAt,
    })
    .from(privacyExports)
    .where(eq(privacyExports.userId, userId))
    .orderBy(desc(privacyExports.requestedAt));
}

/** Pending exports to build, oldest first, locked (others skip them). */
export async function claimPendingExports(db: Db, limit: number) {
  return db
    .select({ id: privacyExports.id, userId: privacyExports.userId })
    .from(privacyExports)
    .where(eq(privacyExports.status, "pending"))
    .orderBy(asc(privacyExports.requestedAt))
    .limit(limit)
    .for("update", { skipLocked: true });
}

export async function storeExport(db: Db, exportId: string, zip: Uint8Array, readyAt: Date, expiresAt: Date): Promise<void> {
  await db
    .update(privacyExports)
    .set({ status: "ready", zip: Buffer.from(zip), readyAt, expiresAt })
    .where(eq(privacyExports.id, exportId));
}

/** The member's own ready export file, while it has not expired; null for anyone else's. */
export async function exportFile(db: Db, exportId: string, userId: string, now: Date): Promise<{ zip: Buffer; readyAt: Date } | null> {
  const [row] = await db
    .select({ zip: privacyExports.zip, readyAt: privacyExports.readyAt, expiresAt: privacyExports.expiresAt })
    .from(privacyExports)
    .where(and(eq(privacyExports.id, exportId), eq(privacyExports.userId, userId), eq(privacyExports.status, "ready")));
  if (!row?.zip || !row.readyAt || !row.expiresAt || row.expiresAt <= now) return null;
  return { zip: row.zip, readyAt: row.readyAt };
}

// Retention (lib/privacy/retention.ts decides the cut-offs).

export async function applyRetention(
  db: Db,
  cut: {
    careDetailViews: Date;
    napChecks: Date;
    incidentDetails: Date;
    reliabilityRecords: Date;
    notifications: Date;
    verificationTokens: Date;
    exports: Date;
  },
  now: Date,
): Promise<number> {
  const counts = await Promise.all([
    db.delete(careDetailViews).where(lt(careDetailViews.viewedAt, cut.careDetailViews)).returning({ id: careDetailViews.id }),
    db.delete(napChecks).where(lt(napChecks.checkedAt, cut.napChecks)).returning({ id: napChecks.id }),
    db
      .update(incidents)
      .set({ description: "", careRecord: {} })
      .where(and(lt(incidents.createdAt, cut.incidentDetails), sql`${incidents.careRecord} <> '{}'::jsonb`))
      .returning({ id: incidents.id }),
    // Each record carries its own expiry (twelve months after it was recorded).
    db.delete(reliabilityRecords).where(lte(reliabilityRecords.expiresAt, cut.reliabilityRecords)).returning({ id: reliabilityRecords.id }),
    db.delete(notifications).where(lt(notifications.createdAt, cut.notifications)).returning({ id: notifications.id }),
    db
      .delete(verificationTokens)
      .where(lt(verificationTokens.expires, cut.verificationTokens))
      .returning({ token: verificationTokens.token }),
    // An export goes when it expires; one never built is dropped after the same period.
    db
      .delete(privacyExports)
      .where(or(lt(privacyExports.expiresAt, now), and(isNull(privacyExports.expiresAt), lt(privacyExports.requestedAt, cut.exports))))
      .returning({ id: privacyExports.id }),
  ]);
  return counts.reduce((n, rows) => n + rows.length, 0);
}
