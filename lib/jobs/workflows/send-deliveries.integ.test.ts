import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { claimDeliveries, renewClaim } from "@/db/queries/deliveries";
import { savePreferences } from "@/db/queries/preferences";
import { deliveries, members, notifications } from "@/db/schema";
import { MAX_ATTEMPTS } from "@/lib/jobs/backoff";
import { DEFAULT_QUIET_HOURS } from "@/lib/notify/quiet-hours";
import { type Mailer, openMailer } from "@/lib/notify/workflows/mailer";
import { notify } from "@/lib/notify/workflows/notify";
import { createCareTestDb, member } from "@/test/care-data";
import { testDbKindsOf } from "@/test/db";
import { enqueueNotices } from "@/test/deliveries";
import { type SmtpSink, startSmtpSink } from "@/test/smtp-sink";
import { runDueTasks } from "./runner";
import { sendDueDeliveries } from "./send-deliveries";
import { TASKS } from "./tasks";

const BASE = "https://otagai.example.jp";

function decodeQuotedPrintable(raw: string): string {
  const bytes = raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => `%${hex}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/g, "%25"));
}

describe.each(testDbKindsOf(import.meta.url))("the outbox on %s", (kind) => {
  let h: DbHandle;
  let sink: SmtpSink;
  let mailer: Mailer;
  beforeAll(async () => {
    h = await createCareTestDb(kind);
    sink = await startSmtpSink();
    mailer = openMailer(h.db, { SMTP_URL: sink.url, MAIL_FROM: "Otagai <no-reply@otagai.local>" });
  });
  afterAll(async () => {
    mailer?.close();
    await sink?.close();
    await h?.close();
  });
  const options = (over: Partial<Parameters<typeof sendDueDeliveries>[1]> = {}) => ({
    mailer,
    baseUrl: BASE,
    batch: 50,
    leaseMs: 60_000,
    parallel: 4,
    quietHours: null,
    ...over,
  });
  const clear = () => h.db.execute(sql`delete from deliveries`);

  it("enqueues one e-mail per notice, and a dedup key makes a notice once-only", async () => {
    const someone = await member(h.db, "重複");
    const notice = { userId: someone, kind: "after_report_due", data: {}, dedupKey: `test:${someone}` };
    const written = await Promise.all([
      h.db.transaction((tx) => notify(tx, notice)),
      h.db.transaction((tx) => notify(tx, [notice, notice])),
    ]);
    expect(written.sort()).toEqual([0, 1]);
    expect(await h.db.select().from(notifications).where(eq(notifications.userId, someone))).toHaveLength(1);
    const rows = await h.db.select().from(deliveries).where(eq(deliveries.userId, someone));
    expect(rows.map((r) => [r.dedupKey, r.channel, r.state])).toEqual([[`test:${someone}`, "email", "waiting"]]);
    await clear();
  });

  it("sends each notice in its member's language, with a plain-text part and a link to its page", async () => {
    const [hanako, john] = [await member(h.db, "花子"), await member(h.db, "John")];
    await h.db.update(members).set({ locale: "en" }).where(eq(members.userId, john));
    await h.db.transaction((tx) =>
      notify(
        tx,
        [hanako, john].map((userId) => ({ userId, kind: "care_solved", data: { start: "2026-11-25T08:00:00.000Z" } })),
      ),
    );
    const before = sink.received.length;
    expect(await sendDueDeliveries(h.db, options())).toEqual(["sent", "sent"]);
    const mails = sink.received.slice(before).map((m) => ({ ...m, body: decodeQuotedPrintable(m.raw) }));
    const ja = mails.find((m) => m.body.includes("解決しました"))!;
    const en = mails.find((m) => m.to[0] !== ja.to[0])!;
    expect(ja.raw).toMatch(/Content-Type: text\/plain/);
    expect(ja.raw).toMatch(/Content-Type: text\/html/);
    expect(ja.body).toContain("2026年11月25日(水) 17:00のお願いは解決しました。");
    expect(ja.body).toContain(`${BASE}/notifications`);
    expect(en.body).toContain(`${BASE}/notifications`);
    expect(en.body).toMatch(/The request for .+ has been solved\. Thank you\./);
    expect(en.body).toContain("Open in Otagai");
    const sent = await h.db.select().from(deliveries);
    expect(sent.map((d) => d.state)).toEqual(["sent", "sent"]);
    // Each mail carries its delivery's own Message-ID.
    expect(new Set(mails.map((m) => m.messageId))).toEqual(new Set(sent.map((d) => `<${d.id}@otagai.delivery>`)));
    expect(await sendDueDeliveries(h.db, options())).toEqual([]);
    await clear();
  });

  it("hands each due delivery to one claimer only, however many claim at once", async () => {
    await enqueueNotices(h.db, 200, 4);
    const now = new Date(Date.now() + 1000);
    const claims = await Promise.all(Array.from({ length: 5 }, () => claimDeliveries(h.db, now, 60, 60_000)));
    const ids = claims.flat().map((d) => d.id);
    expect(ids).toHaveLength(200);
    expect(new Set(ids).size).toBe(200);
    // Held rows are not due again until their lease ends; then they are (their runner died).
    expect(await claimDeliveries(h.db, new Date(now.getTime() + 59_000), 500, 60_000)).toHaveLength(0);
    const again = await claimDeliveries(h.db, new Date(now.getTime() + 60_001), 500, 60_000);
    expect(again).toHaveLength(200);
    expect(again.every((d) => d.attempts === 2)).toBe(true);
    // The runner whose lease ended may not send any more: only the new claim renews.
    const late = claims.flat()[0]!;
    const current = again.find((d) => d.id === late.id)!;
    expect(await renewClaim(h.db, late.id, late.lockedUntil!, new Date(now.getTime() + 200_000))).toBe(false);
    expect(await renewClaim(h.db, late.id, current.lockedUntil!, new Date(now.getTime() + 200_000))).toBe(true);
    await clear();
  });

  it("tries a failing delivery again later, waiting longer each time, then marks it failed", async () => {
    await enqueueNotices(h.db, 1, 1);
    const refusing: Mailer = {
      send: () => Promise.reject(Object.assign(new Error("mailbox unavailable"), { responseCode: 550 })),
      close() {},
    };
    let at = Date.now() + 1000;
    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const outcomes = await sendDueDeliveries(h.db, options({ mailer: refusing }), new Date(at));
      expect(outcomes).toEqual([attempt < MAX_ATTEMPTS ? "retry" : "failed"]);
      const [row] = await h.db.select().from(deliveries);
      expect(row).toMatchObject({ attempts: attempt, lastError: "550", lockedUntil: null });
      if (attempt < MAX_ATTEMPTS) {
        // Not due before its time.
        expect(await sendDueDeliveries(h.db, options({ mailer: refusing }), new Date(row!.runAt.getTime() - 1))).toEqual([]);
        waits.push(row!.runAt.getTime() - Date.now());
        at = row!.runAt.getTime();
      } else expect(row!.state).toBe("failed");
    }
    for (let i = 1; i < waits.length; i++) expect(waits[i]!).toBeGreaterThan(waits[i - 1]!);
    expect(await sendDueDeliveries(h.db, options(), new Date(at + 86_400_000))).toEqual([]);
    await clear();
  });

  /**
   * As if the notices had been written at `at`: a delivery is due from when it was written (the
   * database's clock), and these tests send at fixed Tokyo times that the real clock passes.
   */
  const writtenAt = (userIds: string[], at: Date) => h.db.update(deliveries).set({ runAt: at }).where(inArray(deliveries.userId, userIds));

  it("holds a notice written in quiet hours until 7:00 Tokyo, but sends a serious incident at once", async () => {
    const [parent, admin] = [await member(h.db, "夜"), await member(h.db, "運営")];
    const night = new Date("2026-12-01T23:30:00+09:00");
    await h.db.transaction((tx) =>
      notify(
        tx,
        [
          { userId: parent, kind: "care_solved", data: { start: "2026-12-05T01:00:00.000Z" } },
          { userId: admin, kind: "safety_serious_incident", data: { incidentId: "6f1c1a4e-4a53-4b8e-9f00-000000000003" } },
        ],
        new Date(night.getTime() - 60_000),
      ),
    );
    await writtenAt([parent, admin], new Date(night.getTime() - 60_000));
    const quiet = options({ quietHours: DEFAULT_QUIET_HOURS });
    const before = sink.received.length;
    expect((await sendDueDeliveries(h.db, quiet, night)).sort()).toEqual(["held", "sent"]);
    expect(sink.received.slice(before).map((m) => m.to[0])).toHaveLength(1);
    const [held] = await h.db.select().from(deliveries).where(eq(deliveries.userId, parent));
    // Held, not tried: no attempt counted, due at 7:00.
    expect(held).toMatchObject({ state: "waiting", attempts: 0, lockedUntil: null, runAt: new Date("2026-12-02T07:00:00+09:00") });
    expect(await sendDueDeliveries(h.db, quiet, new Date("2026-12-02T06:59:00+09:00"))).toEqual([]);
    expect(await sendDueDeliveries(h.db, quiet, new Date("2026-12-02T07:00:00+09:00"))).toEqual(["sent"]);
    await clear();
  });

  it("holds by each member's own quiet hours: one who turned them off is sent at night, one with their own window is held by it", async () => {
    const [owl, early] = [await member(h.db, "夜更"), await member(h.db, "早寝")];
    await savePreferences(h.db, owl, { off: [], quietHours: "off" }, new Date());
    await savePreferences(h.db, early, { off: [], quietHours: "20:00-06:00" }, new Date());
    // 20:30: outside the site's 21:00–7:00, inside the early sleeper's own window; written a minute before.
    const evening = new Date("2026-12-01T20:30:00+09:00");
    await h.db.transaction((tx) =>
      notify(
        tx,
        [owl, early].map((userId) => ({ userId, kind: "care_solved", data: { start: "2026-12-05T01:00:00.000Z" } })),
        new Date(evening.getTime() - 60_000),
      ),
    );
    await writtenAt([owl, early], new Date(evening.getTime() - 60_000));
    const outcomes = await sendDueDeliveries(h.db, options({ quietHours: DEFAULT_QUIET_HOURS }), evening);
    expect(outcomes.sort()).toEqual(["held", "sent"]);
    const [held] = await h.db.select().from(deliveries).where(eq(deliveries.userId, early));
    expect(held).toMatchObject({ state: "waiting", runAt: new Date("2026-12-02T06:00:00+09:00") });
    await clear();
  });

  it("runs each recurring task on one runner only, however many tick at once, and again when it is due", async () => {
    const now = new Date();
    const ran = await Promise.all(Array.from({ length: 3 }, () => runDueTasks(h.db, now, 60_000)));
    expect(ran.flat().sort()).toEqual(TASKS.map((t) => t.name).sort());
    expect(await runDueTasks(h.db, new Date(now.getTime() + 59_000), 60_000)).toEqual([]);
    expect(await runDueTasks(h.db, new Date(now.getTime() + 60_000), 60_000)).toEqual([
      "expiry",
      "widening",
      "end_of_care",
      "report_reminders",
      "confirm_reminders",
      "care_reminders",
      "meetup_reminders",
      "rate_limits",
      "certification_reminders",
      "meetup_holds",
      "meetup_refunds",
      "privacy_exports",
    ]);
  });
});
