import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { listDetailViews, listNapChecks, loadNeedToKnow } from "@/db/queries/care-during";
import { careDetailViews, incidents, napChecks, notifications } from "@/db/schema";
import { seedDemo } from "@/db/seed/town";
import { isSealedText, openNapNotes, openText } from "@/lib/care/during/sealed-texts";
import { emptyDetails } from "@/lib/children";
import { createChild } from "@/lib/children/workflows/save-child";
import { generateKey, keyring } from "@/lib/crypto/sealed";
import { insertCare } from "@/test/care-insert";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { newMember } from "@/test/members";
import { logNapCheck } from "./log-nap-check";
import { openCareDetails } from "./open-care-details";
import { sealCareTexts } from "./seal-care-texts";

const key = keyring(generateKey());
const now = new Date("2026-11-24T09:00:00+09:00");
const hour = 60 * 60 * 1000;
const at = (ms: number) => new Date(now.getTime() + ms);
// What a refused command throws (lib/errors.ts): nothing about the care is revealed or written.
const notFound = { code: "not_found" };
const closed = { code: "conflict", messageKey: "careDuring.nap_closed" };

describe.each(testDbKindsOf(import.meta.url))("care details, audit log, need-to-know summary and nap checks on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb(kind);
    await seedDemo(h.db);
  });
  afterAll(async () => h?.close());

  /** A parent with a 2-year-old who has health details, a chosen helper, a recipient who was not chosen and a stranger. */
  async function care(
    o: { startIn?: number; hours?: number; state?: "matched" | "cancelled"; matched?: boolean; kind?: "azukari" | "soge" } = {},
  ) {
    const [parent, helper, recipient, stranger] = await Promise.all(
      ["親 太郎", "助 花子", "受 次郎", "他 三郎"].map((name) => newMember(h.db, { name, kana: "てすと" })),
    );
    const childId = await createChild(
      h.db,
      parent!.id,
      {
        name: "親 こども",
        nameKana: "おや こども",
        birthDate: "2024-05-01",
        healthConsent: true,
        details: {
          ...emptyDetails(),
          allergies: "卵",
          medication: "エピペン",
          sleepHabits: "13時からお昼寝",
          emergencyContacts: [{ name: "親 祖母", relation: "祖母", phone: "+819012345678" }],
        },
      },
      key,
      now,
    );
    const startAt = at((o.startIn ?? 1) * hour);
    const requestId = await insertCare(h.db, {
      parentId: parent!.id,
      childIds: [childId],
      startAt,
      endAt: new Date(startAt.getTime() + (o.hours ?? 2) * hour),
      helperId: o.matched === false ? undefined : helper!.id,
      recipients: [recipient!.id, ...(o.matched === false ? [helper!.id] : [])],
      kind: o.kind,
      state: o.state,
    });
    return {
      parent: parent!,
      helper: helper!,
      recipient: recipient!,
      stranger: stranger!,
      childId,
      requestId,
      startAt,
      endAt: new Date(startAt.getTime() + (o.hours ?? 2) * hour),
    };
  }
  const viewsOf = (requestId: string) => h.db.select().from(careDetailViews).where(eq(careDetailViews.requestId, requestId));
  const open = (requestId: string, viewerId: string, when = now) => openCareDetails(h.db, { requestId, viewerId, key, now: when });

  it("logs the helper's view of each child before returning the details, and shows the log to the parent", async () => {
    const c = await care();
    const details = await open(c.requestId, c.helper.id);
    expect(details).toMatchObject({ role: "helper", visibleUntil: new Date(c.endAt.getTime() + 24 * hour) });
    expect(details?.children).toEqual([
      { id: c.childId, name: "親 こども", ageYears: 2, details: expect.objectContaining({ allergies: "卵", medication: "エピペン" }) },
    ]);
    expect(await viewsOf(c.requestId)).toEqual([expect.objectContaining({ childId: c.childId, viewerId: c.helper.id, viewedAt: now })]);

    expect(await listDetailViews(h.db, c.requestId, c.parent.id)).toEqual([
      expect.objectContaining({ viewerName: "助 花子", childName: "親 こども", viewedAt: now }),
    ]);
    // The log is the parent's: the helper and anyone else read nothing from it.
    expect(await listDetailViews(h.db, c.requestId, c.helper.id)).toEqual([]);
    expect(await listDetailViews(h.db, c.requestId, c.stranger.id)).toEqual([]);
  });

  it("keeps the details from the helper until 24 hours after the end, and the parent's own look is not logged", async () => {
    const c = await care({ startIn: -30, hours: 2 }); // ended 28 h before now
    expect(await open(c.requestId, c.helper.id, new Date(c.endAt.getTime() + 24 * hour - 1))).not.toBeNull();
    expect(await viewsOf(c.requestId)).toHaveLength(1);
    await expect(open(c.requestId, c.helper.id, new Date(c.endAt.getTime() + 24 * hour))).rejects.toMatchObject(notFound);
    await expect(open(c.requestId, c.helper.id, at(30 * 24 * hour))).rejects.toMatchObject(notFound);
    expect(await viewsOf(c.requestId)).toHaveLength(1);
    expect(await open(c.requestId, c.parent.id, at(30 * 24 * hour))).toMatchObject({ role: "parent" });
    expect(await viewsOf(c.requestId)).toHaveLength(1);
  });

  it("gives a recipient who was not chosen, a stranger, a cancelled care's helper and an unmatched request nothing, and logs nothing", async () => {
    const c = await care();
    for (const id of [c.recipient.id, c.stranger.id]) await expect(open(c.requestId, id)).rejects.toMatchObject(notFound);
    await expect(open("00000000-0000-4000-8000-000000000000", c.helper.id)).rejects.toMatchObject(notFound);
    await expect(open("not-a-uuid", c.helper.id)).rejects.toMatchObject(notFound);
    const cancelled = await care({ state: "cancelled" });
    await expect(open(cancelled.requestId, cancelled.helper.id)).rejects.toMatchObject(notFound);
    const unmatched = await care({ matched: false });
    await expect(open(unmatched.requestId, unmatched.helper.id)).rejects.toMatchObject(notFound);
    for (const r of [c, cancelled, unmatched]) expect(await viewsOf(r.requestId)).toEqual([]);
  });

  it("shows a recipient only what they need to know (ages, allergy notes or not, the seat), while the request is asking", async () => {
    const c = await care({ matched: false, kind: "soge" });
    const summary = await loadNeedToKnow(h.db, c.requestId, c.recipient.id, key, now);
    expect(summary).toEqual({
      kind: "soge",
      careDate: "2026-11-24",
      seatNeed: "required",
      children: [{ id: c.childId, name: "親 こども", ageYears: 2, allergyNotes: true, seat: "required" }],
    });
    // Neither the habits nor the health details nor the contacts: those are the chosen helper's, in the window.
    expect(JSON.stringify(summary)).not.toMatch(/お昼寝|卵|エピペン|祖母|9012345678/);
    expect(await loadNeedToKnow(h.db, c.requestId, c.stranger.id, key, now)).toBeNull();
    expect(await loadNeedToKnow(h.db, c.requestId, c.recipient.id, key, c.startAt)).toBeNull(); // expired
    const matched = await care();
    expect(await loadNeedToKnow(h.db, matched.requestId, matched.recipient.id, key, now)).toBeNull();
    expect(await loadNeedToKnow(h.db, matched.requestId, matched.helper.id, key, now)).not.toBeNull();
  });

  it("opens the habits to the chosen helper in the care window only", async () => {
    const c = await care();
    const details = await open(c.requestId, c.helper.id);
    expect(details.children[0]!.details.sleepHabits).toBe("13時からお昼寝");
    await expect(open(c.requestId, c.recipient.id)).rejects.toMatchObject(notFound);
    await expect(open(c.requestId, c.helper.id, at(30 * 24 * hour))).rejects.toMatchObject(notFound);
  });

  it("lets only the helper log nap checks, only during the care, and shows the log to parent and helper", async () => {
    const c = await care({ startIn: -1, hours: 2 });
    const check = (viewerId: string, when: Date, o: Partial<{ childId: string; state: "asleep_ok" | "concern"; note: string }> = {}) =>
      logNapCheck(h.db, {
        requestId: c.requestId,
        childId: o.childId ?? c.childId,
        state: o.state ?? "asleep_ok",
        note: o.note ?? "",
        viewerId,
        key,
        now: when,
      });
    await expect(check(c.helper.id, now)).resolves.toBeUndefined();
    await expect(check(c.helper.id, at(10 * 60_000), { state: "concern", note: "呼吸が速い" })).resolves.toBeUndefined();
    await expect(check(c.helper.id, new Date(c.startAt.getTime() - 1))).rejects.toMatchObject(closed);
    await expect(check(c.helper.id, c.endAt)).rejects.toMatchObject(closed);
    await expect(check(c.parent.id, now)).rejects.toMatchObject(closed);
    for (const id of [c.recipient.id, c.stranger.id]) await expect(check(id, now)).rejects.toMatchObject(notFound);
    const other = await care();
    await expect(check(c.helper.id, now, { childId: other.childId })).rejects.toMatchObject(notFound);

    const stored = await h.db.select().from(napChecks).where(eq(napChecks.requestId, c.requestId));
    expect(stored).toHaveLength(2);
    // The note is sealed at rest (no note stays null); both adults read it opened.
    expect(stored.map((r) => r.note === null || isSealedText(r.note)).every(Boolean)).toBe(true);
    expect(JSON.stringify(stored)).not.toContain("呼吸");
    for (const id of [c.parent.id, c.helper.id]) {
      expect(openNapNotes(await listNapChecks(h.db, c.requestId, id), () => key).map((r) => [r.state, r.note])).toEqual([
        ["concern", "呼吸が速い"],
        ["asleep_ok", null],
      ]);
    }
    for (const id of [c.recipient.id, c.stranger.id]) expect(await listNapChecks(h.db, c.requestId, id)).toEqual([]);
    const told = await h.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, c.parent.id), eq(notifications.kind, "safety_nap_concern")));
    expect(told).toEqual([expect.objectContaining({ requestId: c.requestId, data: { name: "助 花子", child: "親 こども" } })]);
  });

  // Last in the file: it moves every sealed text of this database to another key.
  it("seals nap notes and incident texts from before sealing, once; keys:rotate re-seals them under the new key", async () => {
    const c = await care({ startIn: -1, hours: 2 });
    const [plainNap, emptyNap] = await h.db
      .insert(napChecks)
      .values([
        { requestId: c.requestId, childId: c.childId, checkedBy: c.helper.id, state: "awake", note: "古いメモ", checkedAt: now },
        { requestId: c.requestId, childId: c.childId, checkedBy: c.helper.id, state: "awake", note: null, checkedAt: now },
      ])
      .returning({ id: napChecks.id });
    const base = { requestId: c.requestId, reportedBy: c.parent.id, severity: "minor" as const, occurredAt: now, careRecord: {} };
    const [plainIncident, erasedIncident] = await h.db
      .insert(incidents)
      .values([
        { ...base, description: "古い事故の記録" },
        { ...base, description: "" },
      ])
      .returning({ id: incidents.id });
    const read = async () => ({
      nap: (await h.db.select().from(napChecks).where(eq(napChecks.requestId, c.requestId))).sort((x, y) => x.id.localeCompare(y.id)),
      incidents: (await h.db.select().from(incidents).where(eq(incidents.requestId, c.requestId))).sort((x, y) => x.id.localeCompare(y.id)),
    });
    const noteOf = async (id: string) => (await read()).nap.find((r) => r.id === id)!.note;
    const textOf = async (id: string) => (await read()).incidents.find((r) => r.id === id)!.description;
    // Before the data step, plain rows read as they were written.
    expect(openText(await noteOf(plainNap!.id), "nap", plainNap!.id, key)).toBe("古いメモ");

    expect(await sealCareTexts(h.db, key, { reseal: false })).toBe(2);
    const once = await read();
    expect(JSON.stringify(once)).not.toContain("古い");
    expect(openText(await noteOf(plainNap!.id), "nap", plainNap!.id, key)).toBe("古いメモ");
    expect(openText(await textOf(plainIncident!.id), "incident", plainIncident!.id, key)).toBe("古い事故の記録");
    expect(await noteOf(emptyNap!.id)).toBeNull();
    expect(await textOf(erasedIncident!.id)).toBe("");
    expect(await sealCareTexts(h.db, key, { reseal: false })).toBe(0);
    expect(await read()).toEqual(once);

    const b = keyring(generateKey());
    const rotated = { current: b.current, previous: [key.current] };
    expect(await sealCareTexts(h.db, rotated, { reseal: false })).toBe(0);
    expect(await sealCareTexts(h.db, rotated, { reseal: true, batchSize: 1 })).toBeGreaterThanOrEqual(2);
    expect(openText(await noteOf(plainNap!.id), "nap", plainNap!.id, b)).toBe("古いメモ");
    expect(openText(await textOf(plainIncident!.id), "incident", plainIncident!.id, b)).toBe("古い事故の記録");
    expect(await textOf(erasedIncident!.id)).toBe("");
    expect(await sealCareTexts(h.db, rotated, { reseal: true })).toBe(0);
  });
});
