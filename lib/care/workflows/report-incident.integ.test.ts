import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { findIncident, listCareIncidents, listIncidentQueue } from "@/db/queries/care-incidents";
import { activeAdminIds } from "@/db/queries/members";
import { careRequests, children, deliveries, incidents, members, notifications } from "@/db/schema";
import { seedDemo } from "@/db/seed/town";
import { isSealedText, openIncidentTexts, openText } from "@/lib/care/during/sealed-texts";
import { emptyDetails } from "@/lib/children";
import { createChild } from "@/lib/children/workflows/save-child";
import { generateKey, keyring } from "@/lib/crypto/sealed";
import { insertCare } from "@/test/care-insert";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { newMember } from "@/test/members";
import { markIncidentHandled } from "./mark-incident-handled";
import { reportIncident } from "./report-incident";

const key = keyring(generateKey());
const now = new Date("2026-11-24T12:00:00+09:00");
const hour = 60 * 60 * 1000;

describe.each(testDbKindsOf(import.meta.url))("incident reports on %s", (kind) => {
  let h: DbHandle;
  let admins: string[];
  let suspendedAdmin: string;
  beforeAll(async () => {
    h = await createTestDb(kind);
    await seedDemo(h.db);
    // A suspended admin is not told.
    const suspended = await newMember(h.db, { name: "停 止", kana: "てい し", status: "suspended" });
    await h.db
      .update(members)
      .set({ capabilities: ["admin"] })
      .where(eq(members.userId, suspended.id));
    suspendedAdmin = suspended.id;
    admins = await activeAdminIds(h.db);
  });
  afterAll(async () => h?.close());

  async function care() {
    const [parent, helper, recipient, stranger] = await Promise.all(
      ["事 親", "事 助", "事 受", "事 他"].map((name) => newMember(h.db, { name, kana: "こと" })),
    );
    const child = {
      name: "事 こども",
      nameKana: "こと こども",
      birthDate: "2020-03-01",
      healthConsent: true,
      details: { ...emptyDetails(), allergies: "そば" },
    };
    const childId = await createChild(h.db, parent!.id, child, key, now);
    const startAt = new Date(now.getTime() - hour);
    const requestId = await insertCare(h.db, {
      parentId: parent!.id,
      childIds: [childId],
      startAt,
      endAt: new Date(now.getTime() + hour),
      helperId: helper!.id,
      recipients: [recipient!.id],
    });
    return { parent: parent!, helper: helper!, recipient: recipient!, stranger: stranger!, childId, requestId, startAt };
  }
  const input = (
    requestId: string,
    o: Partial<{ severity: "minor" | "serious"; seriousKind: "unconscious" | null; occurredAt: Date }> = {},
  ) => ({
    requestId,
    severity: o.severity ?? "minor",
    seriousKind: o.seriousKind ?? null,
    description: "公園で転んで頭を打ちました。",
    occurredAt: o.occurredAt ?? new Date(now.getTime() - 30 * 60_000),
  });
  const kindsFor = async (userIds: string[], requestKinds: string[]) =>
    h.db
      .select()
      .from(notifications)
      .where(and(inArray(notifications.userId, userIds), inArray(notifications.kind, requestKinds)));

  it("stores a serious incident with the care's record frozen, and tells every active admin and the parent at once", async () => {
    const c = await care();
    const id = await reportIncident(h.db, {
      ...input(c.requestId, { severity: "serious", seriousKind: "unconscious" }),
      viewerId: c.helper.id,
      key,
      now,
    });
    expect(id).toEqual(expect.any(String));

    const stored = await findIncident(h.db, id);
    expect(stored).toMatchObject({ severity: "serious", seriousKind: "unconscious", reporterName: "事 助", handledAt: null });
    expect(stored?.careRecord).toMatchObject({
      request: { id: c.requestId, kind: "azukari", state: "matched", startAt: c.startAt.toISOString() },
      careDate: "2026-11-24",
      children: [{ id: c.childId, name: "事 こども", ageYears: 6 }],
      parent: { id: c.parent.id, name: "事 親" },
      helper: { id: c.helper.id, name: "事 助" },
      insured: true,
      insuranceSnapshot: { ruleVersion: "test" },
      recordedAt: now.toISOString(),
    });
    expect(JSON.stringify(stored?.careRecord)).not.toContain("そば");
    // The description is sealed at rest, bound to this incident; opened it reads as written.
    const [row] = await h.db.select({ description: incidents.description }).from(incidents).where(eq(incidents.id, id));
    expect(row!.description).not.toContain("転んで");
    expect(isSealedText(row!.description)).toBe(true);
    expect(openText(row!.description, "incident", id, key)).toBe("公園で転んで頭を打ちました。");
    expect(() => openText(row!.description, "incident", c.requestId, key)).toThrow();

    // Frozen: later changes to the child and the request leave the record as it was.
    await h.db.update(children).set({ name: "改名 こども", birthDate: "2015-01-01" }).where(eq(children.id, c.childId));
    await h.db
      .update(careRequests)
      .set({ insured: false, insuranceSnapshot: { changed: true } })
      .where(eq(careRequests.id, c.requestId));
    expect((await findIncident(h.db, id))?.careRecord).toEqual(stored?.careRecord);

    const alerts = await kindsFor(admins, ["safety_serious_incident"]);
    expect(
      alerts
        .filter((n) => (n.data as { incidentId?: string }).incidentId === id)
        .map((n) => n.userId)
        .sort(),
    ).toEqual([...admins].sort());
    // Each alert is also an e-mail waiting in the outbox, one per admin.
    const alertIds = alerts.filter((n) => (n.data as { incidentId?: string }).incidentId === id).map((n) => n.id);
    const mails = await h.db.select().from(deliveries).where(inArray(deliveries.notificationId, alertIds));
    expect(mails.map((d) => [d.channel, d.state, d.userId]).sort()).toEqual([...admins].sort().map((a) => ["email", "waiting", a]));
    expect(admins.length).toBeGreaterThan(0);
    expect(admins).not.toContain(suspendedAdmin);
    expect(await kindsFor([c.parent.id], ["safety_incident_reported"])).toEqual([
      expect.objectContaining({ requestId: c.requestId, data: { name: "事 助" } }),
    ]);
  });

  it("stores a minor incident from the parent, tells the helper, and alerts no admin", async () => {
    const c = await care();
    const before = (await kindsFor(admins, ["safety_serious_incident"])).length;
    await expect(reportIncident(h.db, { ...input(c.requestId), viewerId: c.parent.id, key, now })).resolves.toEqual(expect.any(String));
    expect((await kindsFor(admins, ["safety_serious_incident"])).length).toBe(before);
    expect(await kindsFor([c.helper.id], ["safety_incident_reported"])).toHaveLength(1);
    for (const id of [c.parent.id, c.helper.id]) {
      expect(openIncidentTexts(await listCareIncidents(h.db, c.requestId, id), () => key)).toEqual([
        expect.objectContaining({ severity: "minor", reporterName: "事 親", description: "公園で転んで頭を打ちました。" }),
      ]);
    }
    for (const id of [c.recipient.id, c.stranger.id]) expect(await listCareIncidents(h.db, c.requestId, id)).toEqual([]);
  });

  it("refuses recipients, strangers, times outside the care and reports long after it, storing nothing", async () => {
    const c = await care();
    const report = (viewerId: string, o: Parameters<typeof input>[1] = {}, when = now) =>
      reportIncident(h.db, { ...input(c.requestId, o), viewerId, key, now: when });
    const notFound = { code: "not_found" };
    const badTime = (key: string) => ({ code: "invalid_input", messageKey: `field.${key}`, field: "occurredAt" });
    await expect(report(c.recipient.id, { severity: "serious", seriousKind: "unconscious" })).rejects.toMatchObject(notFound);
    await expect(report(c.stranger.id)).rejects.toMatchObject(notFound);
    await expect(reportIncident(h.db, { ...input("not-a-uuid"), viewerId: c.parent.id, key, now })).rejects.toMatchObject(notFound);
    await expect(report(c.parent.id, { occurredAt: new Date(c.startAt.getTime() - 2 * hour) })).rejects.toMatchObject(
      badTime("incident_before_care"),
    );
    await expect(report(c.parent.id, { occurredAt: new Date(now.getTime() + hour) })).rejects.toMatchObject(badTime("incident_in_future"));
    await expect(report(c.parent.id, {}, new Date(now.getTime() + 31 * 24 * hour))).rejects.toMatchObject({
      code: "conflict",
      messageKey: "careDuring.incident_closed",
    });
    expect(await h.db.select().from(incidents).where(eq(incidents.requestId, c.requestId))).toEqual([]);
  });

  it("queues open serious incidents first and marks one handled once", async () => {
    const c = await care();
    const minorId = await reportIncident(h.db, { ...input(c.requestId), viewerId: c.parent.id, key, now });
    const seriousId = await reportIncident(h.db, {
      ...input(c.requestId, { severity: "serious", seriousKind: "unconscious" }),
      viewerId: c.parent.id,
      key,
      now,
    });
    const order = async () => (await listIncidentQueue(h.db)).map((r) => r.id).filter((id) => id === minorId || id === seriousId);
    expect(await order()).toEqual([seriousId, minorId]);
    await expect(markIncidentHandled(h.db, seriousId, now)).resolves.toBeUndefined();
    await expect(markIncidentHandled(h.db, seriousId, now)).rejects.toMatchObject({ code: "not_found" });
    await expect(markIncidentHandled(h.db, "nope", now)).rejects.toMatchObject({ code: "not_found" });
    expect(await order()).toEqual([minorId, seriousId]);
    expect((await findIncident(h.db, seriousId))?.handledAt).toEqual(now);
    expect(await findIncident(h.db, "nope")).toBeNull();
  });
});
