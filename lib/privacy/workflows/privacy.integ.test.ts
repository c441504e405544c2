import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import { rowsOf } from "@/db/migrate";
import { exportFile, exportsOf, scrubEverywhere } from "@/db/queries/privacy";
import {
  careDetailViews,
  careFeedback,
  careReports,
  careRequests,
  careSettlements,
  children,
  incidents,
  members,
  napChecks,
  notifications,
  privacyExports,
  reliabilityRecords,
  statsMonths,
  users,
  verificationTokens,
} from "@/db/schema";
import { isSealedText, openText, sealText } from "@/lib/care/during/sealed-texts";
import { emptyDetails } from "@/lib/children";
import { createChild } from "@/lib/children/workflows/save-child";
import { generateKey, keyring } from "@/lib/crypto/sealed";
import { PRIVACY_TABLES, type PrivacyTable, type TableRule } from "@/lib/privacy/tables";
import { refreshStats } from "@/lib/stats/workflows/refresh";
import { createCareTestDb, member } from "@/test/care-data";
import { insertCare } from "@/test/care-insert";
import { testDbKindsOf } from "@/test/db";
import { newMember } from "@/test/members";
import { refusal } from "@/test/refusal";
import { deleteAccount } from "./delete-account";
import { buildExports, requestExport } from "./export";
import { applyRetentionSchedule } from "./retention";

const KEY = keyring(generateKey());
const NOW = new Date("2026-11-30T12:00:00+09:00");
const CARE_START = new Date("2026-06-01T10:00:00+09:00");
const CARE_END = new Date("2026-06-01T12:00:00+09:00");
const allergy = (tag: string) => `ピーナッツとそば${tag}のアレルギー`;

/** A parent with a child (with sealed health details), a settled care by a helper, and what it left behind. */
async function seedParent(db: Db, tag: string) {
  const parent = await newMember(db, { name: `退会 花子${tag}`, kana: `たいかいはなこ${tag}` });
  const helper = await member(db, "助");
  const kid = await createChild(
    db,
    parent.id,
    {
      name: `ゆいちゃん${tag}`,
      nameKana: `ゆいちゃん${tag}`,
      birthDate: "2021-08-15",
      healthConsent: true,
      details: { ...emptyDetails(), allergies: allergy(tag) },
    },
    KEY,
    NOW,
  );
  const care = await insertCare(db, {
    parentId: parent.id,
    childIds: [kid],
    startAt: CARE_START,
    endAt: CARE_END,
    helperId: helper,
    state: "settled",
  });
  await db
    .update(careRequests)
    .set({ notes: `${allergy(tag)}に気をつけて`, insuranceSnapshot: { parent: { name: `退会 花子${tag}` } } })
    .where(eq(careRequests.id, care));
  await db.insert(careReports).values({
    requestId: care,
    actualStartAt: CARE_START,
    actualEndAt: CARE_END,
    confirmedAt: CARE_END,
    thanksYen: 1000,
    expensesYen: 0,
    parentPaysYen: 1000,
  });
  await db
    .insert(careSettlements)
    .values({ requestId: care, settledAt: CARE_END, parentConfirmedAt: CARE_END, helperConfirmedAt: CARE_END });
  await db
    .insert(careFeedback)
    .values({ requestId: care, thankYouMessage: "ありがとうございました", firstTime: true, wouldUseAgain: true, surveyedAt: CARE_END });
  await db.insert(careDetailViews).values({ requestId: care, childId: kid, viewerId: helper, viewedAt: CARE_START });
  // Nap notes and incident texts sealed, as the workflows write them.
  const napId = randomUUID();
  const incidentId = randomUUID();
  await db.insert(napChecks).values({
    id: napId,
    requestId: care,
    childId: kid,
    checkedBy: helper,
    state: "asleep_ok",
    note: sealText(`ゆいちゃん${tag}はよく寝ています`, "nap", napId, KEY),
    checkedAt: CARE_START,
  });
  await db.insert(incidents).values({
    id: incidentId,
    requestId: care,
    reportedBy: helper,
    severity: "minor",
    description: sealText(`ゆいちゃん${tag}が転んで膝をすりむきました`, "incident", incidentId, KEY),
    occurredAt: CARE_START,
    careRecord: { child: { name: `ゆいちゃん${tag}`, birthDate: "2021-08-15" } },
  });
  // What the helper was told, naming the parent.
  await db.insert(notifications).values({ userId: helper, kind: "care_withdrawn", data: { name: `退会 花子${tag}` } });
  await db.insert(notifications).values({ userId: parent.id, kind: "care_offer_received", requestId: care, data: { name: "助" } });
  return { parent, helper, kid, care, napId, incidentId };
}

/** Every text, JSON and array column of every table, and whether any holds one of the strings. */
async function tablesContaining(db: Db, needles: string[]): Promise<string[]> {
  const columns = rowsOf<{ table_name: string; column_name: string }>(
    await db.execute(sql`select c.table_name, c.column_name from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
      where c.table_schema = 'public' and c.data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`),
  );
  const found: string[] = [];
  for (const c of columns) {
    const col = sql`${sql.identifier(c.column_name)}::text`;
    const hits = rowsOf<Record<string, string | null>>(
      await db.execute(
        sql`select ${sql.join(
          needles.map((n, i) => sql`bool_or(strpos(${col}, ${n}) > 0)::text as ${sql.identifier(`n${i}`)}`),
          sql`, `,
        )} from ${sql.identifier(c.table_name)}`,
      ),
    );
    needles.forEach((n, i) => {
      if (hits[0]?.[`n${i}`] === "true") found.push(`${c.table_name}.${c.column_name}: ${n}`);
    });
  }
  return found;
}

describe.each(testDbKindsOf(import.meta.url))("privacy on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createCareTestDb(kind);
  });
  afterAll(async () => h?.close());

  it("registers every table with a column pointing at a member or a child (export and deletion cover it)", async () => {
    const fks = rowsOf<{ table_name: string; column_name: string; target: string }>(
      await h.db.execute(sql`select kcu.table_name, kcu.column_name, ccu.table_name || '.' || ccu.column_name as target
        from information_schema.table_constraints tc
        join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
        join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
        where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = 'public'`),
    );
    // Columns that hold a member's id without a foreign key (summaries, rate-limit rows) are found by name.
    const named = rowsOf<{ table_name: string; column_name: string }>(
      await h.db.execute(sql`select table_name, column_name from information_schema.columns where table_schema = 'public'
        and column_name in ('user_id', 'parent_id', 'helper_id', 'member_id', 'user_a', 'user_b', 'child_id')`),
    );
    const rules = PRIVACY_TABLES as Record<string, TableRule>;
    const missing: string[] = [];
    for (const fk of fks) {
      const member = ["users.id", "members.user_id"].includes(fk.target);
      if (!member && fk.target !== "children.id") continue;
      const listed = member ? rules[fk.table_name]?.memberColumns : rules[fk.table_name]?.childColumns;
      if (!listed?.includes(fk.column_name)) missing.push(`${fk.table_name}.${fk.column_name} → ${fk.target}`);
    }
    for (const c of named) {
      const rule = rules[c.table_name];
      if (!rule || ![...(rule.memberColumns ?? []), ...(rule.childColumns ?? [])].includes(c.column_name))
        missing.push(`${c.table_name}.${c.column_name}`);
    }
    expect(fks.length).toBeGreaterThan(30);
    expect([...new Set(missing)]).toEqual([]);
    // And the registry names only tables that exist.
    const tables = rowsOf<{ table_name: string }>(
      await h.db.execute(sql`select table_name from information_schema.tables where table_schema = 'public'`),
    );
    expect(Object.keys(PRIVACY_TABLES).filter((t) => !tables.some((r) => r.table_name === t))).toEqual([]);
  });

  it("exports a member's data, decrypted, to them only, for 7 days", async () => {
    const a = await seedParent(h.db, "A");
    const other = await seedParent(h.db, "B");
    await requestExport(h.db, a.parent.id, NOW);
    await requestExport(h.db, a.parent.id, NOW); // a second click while waiting queues nothing more
    expect(await buildExports(h.db, () => KEY, NOW)).toBe(1);
    const [ready] = await exportsOf(h.db, a.parent.id);
    const file = await exportFile(h.db, ready!.id, a.parent.id, NOW);
    expect(file).not.toBeNull();
    // Nobody else can fetch it, and it is gone for the member too once it expires.
    expect(await exportFile(h.db, ready!.id, other.parent.id, NOW)).toBeNull();
    expect(await exportFile(h.db, ready!.id, a.parent.id, new Date(NOW.getTime() + 8 * 86_400_000))).toBeNull();

    const files = unzipSync(new Uint8Array(file!.zip));
    const json = JSON.parse(strFromU8(files["otagai-data.json"]!)) as { tables: Record<string, Record<string, unknown>[]> };
    const exported = Object.entries(PRIVACY_TABLES)
      .filter(([, r]) => (r as TableRule).scopes.length > 0)
      .map(([t]) => t);
    expect(Object.keys(json.tables).sort()).toEqual(exported.sort());
    // UTF-8 with a BOM (EF BB BF), for Excel.
    for (const table of exported) expect([...files[`csv/${table}.csv`]!.subarray(0, 3)], table).toEqual([0xef, 0xbb, 0xbf]);
    const t = json.tables;
    expect(t.children).toEqual([
      expect.objectContaining({ id: a.kid, name: "ゆいちゃんA", details: expect.objectContaining({ allergies: allergy("A") }) }),
    ]);
    expect(t.care_requests!.map((r) => r.id)).toEqual([a.care]);
    // Nap notes and incident texts opened, as the member wrote or was told them.
    expect(t.nap_checks).toEqual([expect.objectContaining({ id: a.napId, note: "ゆいちゃんAはよく寝ています" })]);
    expect(t.incidents).toEqual([expect.objectContaining({ id: a.incidentId, description: "ゆいちゃんAが転んで膝をすりむきました" })]);
    expect(t.care_detail_views).toEqual([expect.objectContaining({ child_id: a.kid, viewer_id: a.helper })]);
    for (const table of [
      "members",
      "connections",
      "care_reports",
      "care_settlements",
      "care_feedback",
      "nap_checks",
      "incidents",
      "notifications",
    ] as PrivacyTable[])
      expect(t[table]!.length, table).toBeGreaterThan(0);
    // Every row of a table chosen by member columns is the member's; nothing of the other parent's is there.
    for (const [table, rule] of Object.entries(PRIVACY_TABLES) as [PrivacyTable, TableRule][]) {
      const cols = rule.scopes.length === 1 && "member" in rule.scopes[0]! ? rule.scopes[0].member : null;
      if (cols)
        for (const row of t[table]!)
          expect(
            cols.some((c) => row[c] === a.parent.id),
            table,
          ).toBe(true);
    }
    const text = strFromU8(files["otagai-data.json"]!);
    expect(text).not.toContain(`v2:${KEY.current.id}:`);
    for (const s of [other.parent.id, other.kid, other.care, "ゆいちゃんB", other.parent.email]) expect(text).not.toContain(s);
  });

  it("refuses deletion while a care is unsettled; then erases the member everywhere and leaves past months' figures as they were", async () => {
    const a = await seedParent(h.db, "C");
    const kid2 = await createChild(
      h.db,
      a.parent.id,
      { name: "そうたくんC", nameKana: "そうたC", birthDate: "2019-03-03", healthConsent: false, details: emptyDetails() },
      KEY,
      NOW,
    );
    const future = await insertCare(h.db, {
      parentId: a.parent.id,
      childIds: [kid2],
      startAt: new Date("2026-12-05T10:00:00+09:00"),
      endAt: new Date("2026-12-05T11:00:00+09:00"),
      helperId: a.helper,
    });
    await requestExport(h.db, a.parent.id, NOW);
    await buildExports(h.db, () => KEY, NOW);
    await refreshStats(h.db, NOW);
    const pastMonths = async () =>
      (await h.db.select().from(statsMonths))
        .filter((m) => m.month < "2026-11")
        .map((m) => ({ town: m.municipalityId, month: m.month, tally: m.tally }))
        .sort((x, y) => `${x.town}${x.month}`.localeCompare(`${y.town}${y.month}`));
    const before = await pastMonths();
    expect(before.some((m) => m.month === "2026-06")).toBe(true);

    expect(await refusal(deleteAccount(h.db, a.parent.id, KEY, NOW))).toMatchObject({
      code: "conflict",
      key: "privacy.care_in_progress",
    });
    const [still] = await h.db.select().from(users).where(eq(users.id, a.parent.id));
    expect(still!.email).toBe(a.parent.email);

    await h.db.update(careRequests).set({ state: "cancelled", cancelReason: "都合が悪くなりました" }).where(eq(careRequests.id, future));
    await deleteAccount(h.db, a.parent.id, KEY, NOW);

    const needles = [
      a.parent.email,
      a.parent.phone,
      "退会 花子C",
      "たいかいはなこC",
      "ゆいちゃんC",
      "そうたくんC",
      "そうたC",
      allergy("C"),
    ];
    expect(await tablesContaining(h.db, needles)).toEqual([]);
    const [m] = await h.db.select().from(members).where(eq(members.userId, a.parent.id));
    expect(m).toMatchObject({ status: "left", displayName: "", phone: null, birthDate: "1980-01-01" });
    const kids = await h.db.select().from(children).where(eq(children.parentId, a.parent.id));
    expect(kids.map((k) => [k.birthDate, k.detailsEncrypted]).sort()).toEqual([
      ["2019-01-01", null],
      ["2021-01-01", null],
    ]);
    expect(await h.db.select().from(careDetailViews).where(eq(careDetailViews.childId, a.kid))).toEqual([]);
    expect(await h.db.select().from(privacyExports).where(eq(privacyExports.userId, a.parent.id))).toEqual([]);
    // The helper keeps the care and the incident, without the names: the sealed text is opened, scrubbed and sealed again.
    const [incident] = await h.db.select().from(incidents).where(eq(incidents.requestId, a.care));
    expect(incident!.description).not.toContain("転んで");
    const opened = openText(incident!.description, "incident", incident!.id, KEY);
    expect(opened).toContain("転んで");
    for (const n of needles) expect(opened).not.toContain(n);
    expect(await h.db.select().from(napChecks).where(eq(napChecks.requestId, a.care))).toEqual([]);

    await refreshStats(h.db, new Date(NOW.getTime() + 60_000));
    expect(await pastMonths()).toEqual(before);
    // Deleted once: a second try finds no one.
    expect(await refusal(deleteAccount(h.db, a.parent.id, KEY, NOW))).toMatchObject({ code: "not_found" });
  });

  it("leaves sealed texts whole when a plain search for a deleted member's strings happens to match their base64", async () => {
    const a = await seedParent(h.db, "E");
    const [before] = await h.db.select().from(incidents).where(eq(incidents.id, a.incidentId));
    const needle = before!.description.slice(20, 32);
    await scrubEverywhere(h.db, [needle], { skip: isSealedText });
    const [after] = await h.db.select().from(incidents).where(eq(incidents.id, a.incidentId));
    expect(after!.description).toBe(before!.description);
    expect(openText(after!.description, "incident", a.incidentId, KEY)).toBe("ゆいちゃんEが転んで膝をすりむきました");
  });

  it("applies the retention schedule: what is due goes, the rest stays", async () => {
    const a = await seedParent(h.db, "D");
    const old = new Date(NOW.getTime() - 400 * 86_400_000);
    const veryOld = new Date(NOW.getTime() - 6 * 365 * 86_400_000);
    await h.db.insert(careDetailViews).values({ requestId: a.care, childId: a.kid, viewerId: a.helper, viewedAt: old });
    await h.db.insert(napChecks).values({ requestId: a.care, childId: a.kid, checkedBy: a.helper, state: "awake", checkedAt: old });
    await h.db.insert(notifications).values({ userId: a.parent.id, kind: "old", createdAt: old });
    await h.db
      .insert(reliabilityRecords)
      .values({ userId: a.helper, requestId: a.care, kind: "late_cancellation", createdAt: old, expiresAt: NOW });
    await h.db.insert(incidents).values({
      requestId: a.care,
      reportedBy: a.helper,
      severity: "minor",
      description: "古い",
      occurredAt: veryOld,
      careRecord: { x: 1 },
      createdAt: veryOld,
    });
    await h.db.insert(verificationTokens).values([
      { identifier: "old@example.com", token: "t-old", expires: new Date(NOW.getTime() - 1000) },
      { identifier: "new@example.com", token: "t-new", expires: new Date(NOW.getTime() + 60_000) },
    ]);
    await h.db.insert(privacyExports).values([
      {
        userId: a.parent.id,
        status: "ready",
        requestedAt: old,
        readyAt: old,
        expiresAt: new Date(NOW.getTime() - 1000),
        zip: Buffer.from("old"),
      },
      {
        userId: a.parent.id,
        status: "ready",
        requestedAt: NOW,
        readyAt: NOW,
        expiresAt: new Date(NOW.getTime() + 1000),
        zip: Buffer.from("new"),
      },
    ]);

    expect(await applyRetentionSchedule(h.db, NOW)).toBeGreaterThanOrEqual(7);
    const dates = async <T extends { [k: string]: unknown }>(rows: Promise<T[]>, key: keyof T) =>
      (await rows).map((r) => (r[key] as Date).getTime());
    expect(await dates(h.db.select().from(careDetailViews).where(eq(careDetailViews.childId, a.kid)), "viewedAt")).toEqual([
      CARE_START.getTime(),
    ]);
    expect(await dates(h.db.select().from(napChecks).where(eq(napChecks.childId, a.kid)), "checkedAt")).toEqual([CARE_START.getTime()]);
    expect((await h.db.select().from(notifications).where(eq(notifications.userId, a.parent.id))).map((n) => n.kind)).toEqual([
      "care_offer_received",
    ]);
    expect(await h.db.select().from(reliabilityRecords).where(eq(reliabilityRecords.requestId, a.care))).toEqual([]);
    const kept = await h.db.select().from(incidents).where(eq(incidents.requestId, a.care));
    // Erased details stay "" (an old plain text too); the recent sealed one still opens.
    expect(kept.map((i) => [openText(i.description, "incident", i.id, KEY), i.careRecord]).sort()).toEqual([
      ["", {}],
      ["ゆいちゃんDが転んで膝をすりむきました", { child: { name: "ゆいちゃんD", birthDate: "2021-08-15" } }],
    ]);
    expect((await h.db.select().from(verificationTokens)).map((v) => v.token)).toEqual(["t-new"]);
    expect((await h.db.select().from(privacyExports).where(eq(privacyExports.userId, a.parent.id))).map((e) => e.zip?.toString())).toEqual([
      "new",
    ]);
  });
});
