import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import webpush from "web-push";
import type { DbHandle } from "@/db/client";
import { accounts, deliveries, lineFollowers, lineWebhookEvents, members, notifications, pushSubscriptions } from "@/db/schema";
import { receiveLineWebhook } from "@/lib/notify/workflows/line-webhook";
import type { Mailer } from "@/lib/notify/workflows/mailer";
import { notify } from "@/lib/notify/workflows/notify";
import { subscribePushDevice, unsubscribePushDevice } from "@/lib/notify/workflows/push-devices";
import { tokyoClock } from "@/lib/time/tokyo";
import { createCareTestDb, member } from "@/test/care-data";
import { testDbKindsOf } from "@/test/db";
import { type LineStandIn, signed, startLineStandIn } from "@/test/line-stand-in";
import { type PushStandIn, startPushStandIn } from "@/test/push-stand-in";
import { type DeliveryOptions, sendDueDeliveries } from "./send-deliveries";
import { openLineClient } from "./send-line";

const BASE = "https://otagai.example.jp";
const vapid = { ...webpush.generateVAPIDKeys(), subject: "mailto:ops@otagai.example.jp" };
const lineUser = () => `U${crypto.randomUUID().replace(/-/g, "")}`;

describe.each(testDbKindsOf(import.meta.url))("push and LINE deliveries on %s", (kind) => {
  let h: DbHandle;
  let push: PushStandIn;
  let line: LineStandIn;
  const mailed: string[] = [];
  const mailer: Mailer = { send: async (m) => void mailed.push(m.to), close() {} };
  beforeAll(async () => {
    [h, push, line] = await Promise.all([createCareTestDb(kind), startPushStandIn(), startLineStandIn()]);
  });
  afterAll(async () => {
    await Promise.all([push?.close(), line?.close(), h?.close()]);
  });
  const options = (over: Partial<DeliveryOptions> = {}): DeliveryOptions => ({
    mailer,
    baseUrl: BASE,
    batch: 50,
    leaseMs: 60_000,
    parallel: 4,
    quietHours: null,
    push: vapid,
    line: openLineClient(line.settings),
    ...over,
  });
  const send = (over: Partial<DeliveryOptions> = {}, now = new Date(Date.now() + 1000)) => sendDueDeliveries(h.db, options(over), now);
  const channelsOf = async (userId: string) =>
    (await h.db.select().from(deliveries).where(eq(deliveries.userId, userId))).map((d) => `${d.channel}:${d.state}`).sort();
  const tell = (userId: string, kind = "care_solved") =>
    h.db.transaction((tx) => notify(tx, { userId, kind, data: { start: "2026-11-25T08:00:00.000Z" } }));
  const webhook = (events: object[], signature?: string) => {
    const body = JSON.stringify({ destination: "Uofficial", events });
    return receiveLineWebhook(h.db, line.settings.LINE_CHANNEL_SECRET, body, signature ?? signed(body, line.settings.LINE_CHANNEL_SECRET));
  };
  const followEvent = (userId: string, type: "follow" | "unfollow", timestamp: number, id = crypto.randomUUID()) => ({
    type,
    mode: "active",
    timestamp,
    source: { type: "user", userId },
    webhookEventId: id,
    deliveryContext: { isRedelivery: false },
  });
  const linkLine = async (userId: string) => {
    const id = lineUser();
    await h.db.insert(accounts).values({ userId, type: "oidc", provider: "line", providerAccountId: id });
    return id;
  };

  it("sends a notice to each of the member's devices through the Web Push protocol; the device decrypts it in the member's language", async () => {
    const [john, hanako] = [await member(h.db, "John"), await member(h.db, "花子")];
    await h.db.update(members).set({ locale: "en" }).where(eq(members.userId, john));
    const [phone, laptop] = [push.device(), push.device()];
    for (const device of [phone, laptop]) await subscribePushDevice(h.db, john, device, true);
    await tell(john);
    await tell(hanako);
    expect(await channelsOf(john)).toEqual(["email:waiting", "push:waiting"]);
    expect(await channelsOf(hanako)).toEqual(["email:waiting"]);

    expect((await send()).sort()).toEqual(["sent", "sent", "sent"]);
    expect(push.refused).toEqual([]);
    const got = push.received.filter((p) => p.endpoint === phone.endpoint || p.endpoint === laptop.endpoint);
    expect(got.map((p) => p.endpoint).sort()).toEqual([phone.endpoint, laptop.endpoint].sort());
    const [notice] = await h.db.select().from(notifications).where(eq(notifications.userId, john));
    for (const p of got) {
      expect(p.vapidKey).toBe(vapid.publicKey);
      expect(p.ttl).toBe(86_400);
      expect(p.urgency).toBe("normal");
      expect(JSON.parse(p.text)).toEqual({
        title: "Otagai",
        body: expect.stringMatching(/^The request for .+ has been solved\. Thank you\.$/),
        url: `${BASE}/notifications`,
        tag: notice!.id,
        lang: "en",
      });
    }
    expect(await channelsOf(john)).toEqual(["email:sent", "push:sent"]);
  });

  it("deletes a device whose push service answers 410 Gone; a member left without devices gets no push deliveries", async () => {
    const someone = await member(h.db, "端末");
    const [gone, kept] = [push.device(), push.device()];
    for (const device of [gone, kept]) await subscribePushDevice(h.db, someone, device, true);
    push.answer(gone.endpoint, 410);
    await tell(someone);
    await send();
    expect(push.received.filter((p) => p.endpoint === gone.endpoint)).toEqual([]);
    expect(push.received.filter((p) => p.endpoint === kept.endpoint)).toHaveLength(1);
    const left = await h.db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, someone));
    expect(left.map((s) => s.endpoint)).toEqual([kept.endpoint]);

    // Turned off on the last device: the next notice has no push delivery at all.
    await unsubscribePushDevice(h.db, someone, kept.endpoint);
    await tell(someone);
    expect(await channelsOf(someone)).toEqual(["email:sent", "email:waiting", "push:sent"]);
    // An endpoint that is not a push service's https address is never stored (the runner would POST to it).
    await expect(subscribePushDevice(h.db, someone, { ...push.device(), endpoint: "http://127.0.0.1:5432/x" }, true)).rejects.toMatchObject(
      {
        code: "invalid_input",
      },
    );
    await send();
  });

  it("takes follow and unfollow from signed webhooks, once each, and sends LINE messages only to linked followers", async () => {
    const [linked, unlinkedFollower, linkedOnly] = [await member(h.db, "LINE"), lineUser(), await member(h.db, "未追加")];
    const lineId = await linkLine(linked);
    await linkLine(linkedOnly);
    const t0 = Date.now();
    const follow = followEvent(lineId, "follow", t0);

    // A body signed with another secret changes nothing.
    expect(await webhook([follow], signed("{}", line.settings.LINE_CHANNEL_SECRET))).toBe(400);
    expect(await h.db.select().from(lineFollowers).where(eq(lineFollowers.lineUserId, lineId))).toEqual([]);
    expect(await webhook([follow, followEvent(unlinkedFollower, "follow", t0)])).toBe(200);
    expect(await webhook([follow])).toBe(200); // LINE's redelivery of the same event
    expect(await h.db.select().from(lineWebhookEvents).where(eq(lineWebhookEvents.id, follow.webhookEventId))).toHaveLength(1);

    for (const userId of [linked, linkedOnly]) await tell(userId);
    expect(await channelsOf(linked)).toEqual(["email:waiting", "line:waiting"]);
    expect(await channelsOf(linkedOnly)).toEqual(["email:waiting"]);
    await send();
    const [message] = line.pushed.filter((p) => p.to === lineId);
    const [delivery] = await h.db.select().from(deliveries).where(sql`${deliveries.userId} = ${linked} and ${deliveries.channel} = 'line'`);
    expect(message).toEqual({
      to: lineId,
      messages: [
        {
          type: "text",
          text: expect.stringMatching(/のお願いは解決しました。[^\n]*\n\nおたがいで開く:\nhttps:\/\/otagai\.example\.jp\/notifications$/),
        },
      ],
      retryKey: delivery!.id,
    });
    expect(delivery!.state).toBe("sent");

    // Unfollowed; a follow from before it, arriving late, does not undo it.
    expect(await webhook([followEvent(lineId, "unfollow", t0 + 2000), followEvent(lineId, "follow", t0 + 1000)])).toBe(200);
    await tell(linked);
    expect(await channelsOf(linked)).toEqual(["email:sent", "email:waiting", "line:sent"]);
    await send();
  });

  it("holds push and LINE in quiet hours like e-mail, but sends a serious incident to every channel at once", async () => {
    const admin = await member(h.db, "運営");
    await subscribePushDevice(h.db, admin, push.device(), true);
    const lineId = await linkLine(admin);
    expect(await webhook([followEvent(lineId, "follow", Date.now())])).toBe(200);
    const now = new Date(Date.now() + 1000);
    const quietHours = { from: tokyoClock(new Date(now.getTime() - 3_600_000)), to: tokyoClock(new Date(now.getTime() + 3_600_000)) };
    await tell(admin);
    expect(await send({ quietHours }, now)).toEqual(["held", "held", "held"]);
    await h.db.transaction((tx) =>
      notify(tx, { userId: admin, kind: "safety_serious_incident", data: { incidentId: crypto.randomUUID() } }),
    );
    expect(await send({ quietHours }, now)).toEqual(["sent", "sent", "sent"]);
    const incident = push.received.at(-1)!;
    expect(incident.urgency).toBe("high");
    expect(JSON.parse(incident.text).url).toMatch(/\/admin\/incidents\//);
    expect(line.pushed.at(-1)!.to).toBe(lineId);
  });
});
