import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { saveCode } from "@/db/queries/phone";
import { districts, members, municipalities, phoneCodes, smsOutbox, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/town";
import { sendRequest } from "@/lib/connections/workflows/request-connection";
import { tryDigits } from "@/lib/connections/workflows/verify-digits";
import { CODE_TTL_MS, codeFor, MAX_CODE_TRIES, RESEND_AFTER_MS } from "@/lib/members/phone-code";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { newMember } from "@/test/members";
import { lastCodeTo, outboxSender } from "@/test/phone";
import { startSmsStandIn } from "@/test/sms-stand-in";
import { changePhone } from "./change-phone";
import { completeOnboarding } from "./onboard";
import { sendPhoneCode } from "./send-phone-code";
import { verifyPhone } from "./verify-phone";

const t0 = new Date("2026-11-30T10:00:00+09:00");
const at = (ms: number) => new Date(t0.getTime() + ms);
const key = outboxSender.key;
let serial = 0;
/** A fresh number for each test, so that tests never share a claim. */
const freshPhone = () => `+8180${String(10_000_000 + ++serial * 7919).padStart(8, "0")}`;

describe.each(testDbKindsOf(import.meta.url))("phone verification on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb(kind);
    await seedDemo(h.db, t0);
  });
  afterAll(async () => h?.close());

  const phoneOf = async (userId: string) =>
    (await h.db.select({ phone: members.phone, at: members.phoneVerifiedAt }).from(members).where(eq(members.userId, userId)))[0]!;
  const codesOf = async (userId: string) => (await h.db.select({ n: count() }).from(phoneCodes).where(eq(phoneCodes.userId, userId)))[0]!.n;
  const textsTo = async (phone: string) => (await h.db.select({ n: count() }).from(smsOutbox).where(eq(smsOutbox.to, phone)))[0]!.n;
  const unverified = (name: string, phone = freshPhone()) => newMember(h.db, { name, kana: "て すと", phone, phoneVerified: false });

  it("onboarding accepts any number without saying whether it is taken, and texts a code that verifies it", async () => {
    const owner = await newMember(h.db, { name: "持ち主 一", kana: "もちぬし いち", phone: freshPhone() });
    const [town] = await h.db.select().from(municipalities).where(eq(municipalities.nameJa, "みどり市"));
    const [district] = await h.db.select().from(districts).where(eq(districts.municipalityId, town!.id)).limit(1);
    const input = (phone: string) => ({
      displayName: "新 会員",
      nameKana: "しん かいいん",
      municipalityId: town!.id,
      districtId: district!.id,
      birthDate: "1990-01-01",
      phone,
      capabilities: ["parent" as const],
      acceptTerms: "on" as const,
    });
    const newUser = async () =>
      (
        await h.db
          .insert(users)
          .values({ email: `n${++serial}.${kind}@example.com` })
          .returning()
      )[0]!.id;

    // Someone else's verified number: the profile is made all the same, no code goes to the owner.
    const squatter = await newUser();
    expect(await completeOnboarding(h.db, outboxSender, squatter, input(owner.phone), t0)).toEqual({ codeSent: false });
    expect(await phoneOf(squatter)).toEqual({ phone: owner.phone, at: null });
    expect(await textsTo(owner.phone)).toBe(0);

    const phone = freshPhone();
    const fresh = await newUser();
    expect(await completeOnboarding(h.db, outboxSender, fresh, input(phone), t0)).toEqual({ codeSent: true });
    const code = await lastCodeTo(h.db, phone);
    expect(code).toMatch(/^\d{6}$/);
    expect(await verifyPhone(h.db, key, fresh, code!, at(60_000))).toEqual({ kind: "verified" });
    expect((await phoneOf(fresh)).at).toEqual(at(60_000));
    expect(await codesOf(fresh)).toBe(0);
  });

  it("counts wrong codes: five are allowed, then the code is used up and a new one is needed", async () => {
    const m = await unverified("間違 一");
    await sendPhoneCode(h.db, outboxSender, m.id, t0);
    const code = (await lastCodeTo(h.db, m.phone))!;
    const wrong = code === "000000" ? "111111" : "000000";
    const outcomes = [];
    for (let i = 0; i < MAX_CODE_TRIES; i++) outcomes.push(await verifyPhone(h.db, key, m.id, wrong, at(1000)));
    expect(outcomes.map((o) => (o.kind === "wrong" ? o.remaining : o.kind))).toEqual([4, 3, 2, 1, 0]);
    expect(await verifyPhone(h.db, key, m.id, code, at(2000))).toEqual({ kind: "stale" });
    expect((await phoneOf(m.id)).at).toBeNull();
    // After the wait, a new code goes out and the right one verifies.
    await expect(sendPhoneCode(h.db, outboxSender, m.id, at(2000))).rejects.toMatchObject({
      code: "rate_limited",
      messageKey: "phone.wait",
    });
    await sendPhoneCode(h.db, outboxSender, m.id, at(RESEND_AFTER_MS));
    expect(await verifyPhone(h.db, key, m.id, (await lastCodeTo(h.db, m.phone))!, at(RESEND_AFTER_MS + 1000))).toEqual({
      kind: "verified",
    });
  });

  it("lets a code expire after ten minutes", async () => {
    const m = await unverified("期限 一");
    await sendPhoneCode(h.db, outboxSender, m.id, t0);
    expect(await verifyPhone(h.db, key, m.id, (await lastCodeTo(h.db, m.phone))!, at(CODE_TTL_MS))).toEqual({ kind: "stale" });
    expect((await phoneOf(m.id)).at).toBeNull();
  });

  it("limits codes per member and per number, and a refused send changes nothing", async () => {
    const m = await unverified("制限 一");
    const sends = [];
    for (let i = 0; i < 7; i++) {
      sends.push(
        await sendPhoneCode(h.db, outboxSender, m.id, at(i * RESEND_AFTER_MS)).then(
          () => "sent",
          (e: { messageKey: string }) => e.messageKey,
        ),
      );
    }
    expect(sends).toEqual(["sent", "sent", "sent", "sent", "sent", "phone.too_many_codes", "phone.too_many_codes"]);
    expect(await textsTo(m.phone)).toBe(5);
    // The code of the fifth send is still the one that counts.
    const [row] = await h.db.select({ sentAt: phoneCodes.sentAt }).from(phoneCodes).where(eq(phoneCodes.userId, m.id));
    expect(row!.sentAt).toEqual(at(4 * RESEND_AFTER_MS));
    // Per number: other accounts giving the same number cannot flood it either.
    const target = freshPhone();
    const outcomes = [];
    for (let i = 0; i < 7; i++) {
      const other = await unverified(`制限 ${i + 2}`, target);
      outcomes.push(
        await sendPhoneCode(h.db, outboxSender, other.id, t0).then(
          () => "sent",
          (e: { messageKey: string }) => e.messageKey,
        ),
      );
    }
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(5);
    expect(await textsTo(target)).toBe(5);
  });

  it("drops an unverified claim when the real owner verifies the number, in the same transaction", async () => {
    const phone = freshPhone();
    const squatter = await unverified("先取 一", phone);
    await sendPhoneCode(h.db, outboxSender, squatter.id, t0);
    const owner = await newMember(h.db, { name: "本人 一", kana: "ほんにん いち", phone: freshPhone() });
    // The owner moves to the number; the squatter's claim does not block the change.
    await changePhone(h.db, outboxSender, owner.id, phone, t0);
    expect(await phoneOf(owner.id)).toEqual({ phone, at: null });
    expect(await verifyPhone(h.db, key, owner.id, (await lastCodeTo(h.db, phone))!, at(1000))).toEqual({ kind: "verified" });
    expect(await phoneOf(owner.id)).toEqual({ phone, at: at(1000) });
    // The squatter has no number now (and is asked for one), and the code sent for their claim is gone.
    expect(await phoneOf(squatter.id)).toEqual({ phone: null, at: null });
    expect(await codesOf(squatter.id)).toBe(0);
    // Claiming the verified number again gets no code.
    await expect(changePhone(h.db, outboxSender, squatter.id, phone, at(2000))).rejects.toMatchObject({ messageKey: "phone.taken" });
    expect(await phoneOf(squatter.id)).toEqual({ phone: null, at: null });
  });

  it("a changed number is unverified until its code is entered; a right code for the old number verifies nothing", async () => {
    const m = await newMember(h.db, { name: "変更 一", kana: "へんこう いち", phone: freshPhone() });
    await expect(changePhone(h.db, outboxSender, m.id, m.phone, t0)).rejects.toMatchObject({ messageKey: "phone.same_number" });
    const next = freshPhone();
    await changePhone(h.db, outboxSender, m.id, next, t0);
    expect(await phoneOf(m.id)).toEqual({ phone: next, at: null });
    // A code for another number (written as if sent before the change) does not verify the new one.
    await saveCode(h.db, { userId: m.id, ...codeFor(key, m.id, m.phone, "123456", t0) });
    expect(await verifyPhone(h.db, key, m.id, "123456", at(1000))).toEqual({ kind: "stale" });
  });

  it("the digits handshake needs both phones verified", async () => {
    const a = await unverified("握手 一");
    const b = await newMember(h.db, { name: "握手 二", kana: "あくしゅ に" });
    await expect(sendRequest(h.db, a.id, b.id, t0)).rejects.toMatchObject({ messageKey: "connections.verify_your_phone" });
    await expect(sendRequest(h.db, b.id, a.id, t0)).rejects.toMatchObject({ messageKey: "connections.their_phone_unverified" });
    // A request made while both were verified: the digits are refused once one number is no longer verified.
    const c = await newMember(h.db, { name: "握手 三", kana: "あくしゅ さん" });
    const requestId = await sendRequest(h.db, b.id, c.id, t0);
    await changePhone(h.db, outboxSender, c.id, freshPhone(), t0);
    await expect(tryDigits(h.db, b.id, requestId, c.phone.slice(-4), t0)).rejects.toMatchObject({
      messageKey: "connections.their_phone_unverified",
    });
    await expect(tryDigits(h.db, c.id, requestId, b.phone.slice(-4), t0)).rejects.toMatchObject({
      messageKey: "connections.verify_your_phone",
    });
  });
});

describe("the SMS provider", () => {
  let h: DbHandle;
  let provider: Awaited<ReturnType<typeof startSmsStandIn>>;
  beforeAll(async () => {
    h = await createTestDb("pglite");
    await seedDemo(h.db, t0);
    provider = await startSmsStandIn(h.db);
  });
  afterAll(async () => {
    await provider?.close();
    await h?.close();
  });

  it("receives the code over its HTTP API, and an outage is a translated error", async () => {
    const sender = { key, sms: provider.settings };
    const m = await newMember(h.db, { name: "送信 一", kana: "そうしん いち", phone: freshPhone(), phoneVerified: false });
    await sendPhoneCode(h.db, sender, m.id, t0);
    expect(provider.answered).toEqual([201]);
    const code = await lastCodeTo(h.db, m.phone);
    expect(await verifyPhone(h.db, key, m.id, code!, at(1000))).toEqual({ kind: "verified" });

    const n = await newMember(h.db, { name: "送信 二", kana: "そうしん に", phone: freshPhone(), phoneVerified: false });
    provider.failNext(1);
    await expect(sendPhoneCode(h.db, sender, n.id, t0)).rejects.toMatchObject({ code: "internal", messageKey: "phone.sms_failed" });
    // Wrong credentials are refused by the provider the same way.
    const wrongToken = { key, sms: { ...provider.settings, TWILIO_AUTH_TOKEN: "wrong" } };
    await expect(sendPhoneCode(h.db, wrongToken, n.id, at(RESEND_AFTER_MS))).rejects.toMatchObject({ messageKey: "phone.sms_failed" });
    expect(provider.answered).toEqual([201, 500, 401]);
  });
});

// Only real PostgreSQL has parallel connections: two members verifying one number at once.
describe("two members verifying one number at once, on postgres", () => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb("postgres");
    await seedDemo(h.db, t0);
  });
  afterAll(async () => h?.close());

  it("lets exactly one win, every time, and drops the other's claim", async () => {
    for (let round = 0; round < 10; round++) {
      const phone = freshPhone();
      const racers = await Promise.all(
        [0, 1, 2].map((i) => newMember(h.db, { name: `競争 ${round}-${i}`, kana: "きょうそう", phone, phoneVerified: false })),
      );
      for (const r of racers) await saveCode(h.db, { userId: r.id, ...codeFor(key, r.id, phone, "246810", t0) });
      const outcomes = await Promise.all(racers.map((r) => verifyPhone(h.db, key, r.id, "246810", at(1000))));
      expect(outcomes.filter((o) => o.kind === "verified")).toHaveLength(1);
      // The others find their claim dropped (or, past the locks, the unique index refuses them).
      expect(outcomes.filter((o) => o.kind === "stale" || o.kind === "taken")).toHaveLength(2);
      const rows = await h.db.select({ phone: members.phone, at: members.phoneVerifiedAt }).from(members).where(eq(members.phone, phone));
      expect(rows).toHaveLength(1);
      expect(rows[0]!.at).not.toBeNull();
    }
  });
});
