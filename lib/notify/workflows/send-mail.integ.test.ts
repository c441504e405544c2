import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { signInMail } from "@/lib/notify/sign-in-mail";
import { createTestDb } from "@/test/db";
import { sendMail } from "./send-mail";

function decodeQuotedPrintable(raw: string): string {
  const bytes = raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => `%${hex}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/g, "%25"));
}

// A real SMTP server on loopback stands in for the mail provider: nodemailer speaks SMTP to it.
describe("sendMail", () => {
  let h: DbHandle;
  let server: SMTPServer;
  let port = 0;
  const received: { to: string[]; raw: string }[] = [];

  beforeAll(async () => {
    h = await createTestDb("pglite");
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, done) {
        let raw = "";
        stream.on("data", (c: Buffer) => (raw += c.toString("utf8")));
        stream.on("end", () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await h.close();
  });

  const mail = signInMail("hanako@example.com", "http://localhost:3000/api/auth/callback/email?token=abc", "ja");

  it("delivers over SMTP when SMTP_URL is set, and keeps nothing in the outbox", async () => {
    const via = await sendMail(h.db, { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: "Otagai <no-reply@otagai.local>" }, mail);
    expect(via).toBe("smtp");
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(["hanako@example.com"]);
    const body = decodeQuotedPrintable(received[0]!.raw);
    expect(body).toContain("http://localhost:3000/api/auth/callback/email?token=abc");
    expect(body).toContain("下のリンクを開くとログインできます。");
    expect(await h.db.select().from(mailOutbox)).toHaveLength(0);
  });

  it("keeps the mail in the outbox when no SMTP server is configured", async () => {
    expect(await sendMail(h.db, { MAIL_FROM: "x@y.z" }, mail)).toBe("outbox");
    const rows = await h.db.select().from(mailOutbox);
    expect(rows.map((r) => [r.to, r.subject])).toEqual([["hanako@example.com", "【おたがい】ログイン用リンク"]]);
  });
});
