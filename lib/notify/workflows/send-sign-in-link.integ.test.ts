import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { clientIp, LIMITS } from "@/lib/limits/limits";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { sendSignInLink } from "./send-sign-in-link";

// The workflow Auth.js's e-mail provider calls for every sign-in mail (lib/auth/providers.ts; the
// form's action and /api/auth/signin/email alike), with the IP read from X-Forwarded-For as the
// provider reads it, and the mail kept in the outbox as when no SMTP server is configured.
describe.each(testDbKindsOf(import.meta.url))("sign-in mail limits on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb(kind);
  });
  afterAll(async () => h?.close());

  const send = (settings: { TRUST_PROXY?: "1" }, address: string, forwardedFor?: string) => {
    const ip = clientIp(forwardedFor ?? null, settings.TRUST_PROXY === "1");
    const link = { address, url: "http://localhost:3000/api/auth/callback/email?token=t", locale: "ja" as const, hours: 24, ip };
    return sendSignInLink(h.db, { MAIL_FROM: "Otagai <no-reply@otagai.local>" }, link, new Date()).then(
      () => "sent",
      (e: { code?: string; messageKey?: string }) =>
        e.code === "rate_limited" && e.messageKey === "limits.sign_in" ? "limited" : Promise.reject(e),
    );
  };
  const mailsTo = async (address: string) => (await h.db.select({ n: count() }).from(mailOutbox).where(eq(mailOutbox.to, address)))[0]!.n;

  it("sends at most the per-address limit of 50 requests fired at once for one address", async () => {
    const outcomes = await Promise.all(Array.from({ length: 50 }, () => send({}, "hanako@example.com")));
    expect(await mailsTo("hanako@example.com")).toBe(LIMITS.signInAddress.max);
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(LIMITS.signInAddress.max);
    expect(outcomes.filter((o) => o === "limited")).toHaveLength(50 - LIMITS.signInAddress.max);
  });

  it("limits one IP across addresses behind a trusted proxy, by the address the proxy appended", async () => {
    const addresses = Array.from({ length: LIMITS.signInIp.max + 5 }, (_, i) => `ip${i}@example.com`);
    // The client puts a fresh address first each time; the proxy's entry is the same.
    const outcomes = await Promise.all(addresses.map((a, i) => send({ TRUST_PROXY: "1" }, a, `10.0.0.${i}, 203.0.113.7`)));
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(LIMITS.signInIp.max);
    const sent = await Promise.all(addresses.map(mailsTo));
    expect(sent.reduce((a, b) => a + b, 0)).toBe(LIMITS.signInIp.max);
  });

  it("does not trust X-Forwarded-For without a proxy configured: the per-address limit still holds", async () => {
    const outcomes = [];
    for (let i = 0; i < LIMITS.signInAddress.max + 2; i++) outcomes.push(await send({}, "taro@example.com", `198.51.100.${i}`));
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(LIMITS.signInAddress.max);
    // And what the header says is no IP limit either: another address from "203.0.113.7" is sent.
    expect(await send({}, "jiro@example.com", "203.0.113.7")).toBe("sent");
  });
});
