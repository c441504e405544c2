import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createLogger, isPersonalKey, securityEvent } from "@/lib/log";

function capture(level: "info" | "warn" = "info") {
  const lines: string[] = [];
  const log = createLogger(level, { write: (s: string) => void lines.push(s) });
  return { log, lines, parsed: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const PERSON = {
  name: "山田花子",
  parentName: "Hanako Yamada",
  phone: "090-1234-5678",
  email: "hanako@example.jp",
  birthDate: "2019-04-01",
  address: "みどり市中央1-2-3",
  notes: "卵アレルギーあり",
  token: "tok_abcdef",
  headers: { cookie: "authjs.session-token=secret-cookie", authorization: "Bearer secret-bearer" },
};
const SECRETS = [
  "山田花子",
  "Hanako",
  "090-1234-5678",
  "hanako@example.jp",
  "2019-04-01",
  "みどり市中央",
  "卵アレルギー",
  "tok_abcdef",
  "secret-cookie",
  "secret-bearer",
];

describe("the logger", () => {
  it("writes one JSON line with level, time, message and the ids it was given", () => {
    const c = capture();
    c.log.info({ requestId: "0b6c1c0e-2a4e-4d1e-9f0a-1b2c3d4e5f60", count: 3 }, "swept");
    const [line] = c.parsed();
    expect(line).toMatchObject({ level: "info", msg: "swept", requestId: "0b6c1c0e-2a4e-4d1e-9f0a-1b2c3d4e5f60", count: 3 });
    expect(typeof line?.time).toBe("string");
  });

  it("redacts personal fields at any depth, in arrays too", () => {
    const c = capture();
    c.log.info(
      { member: PERSON, children: [{ id: "c1", name: "山田花子", allergies: "卵アレルギー" }], nested: { a: { b: { c: PERSON } } } },
      "saw",
    );
    const out = c.lines.join("");
    for (const s of SECRETS) expect(out).not.toContain(s);
    const [line] = c.parsed();
    expect(line).toMatchObject({
      member: { name: "[redacted]", phone: "[redacted]", headers: { cookie: "[redacted]" } },
      children: [{ id: "c1" }],
    });
  });

  it("masks e-mail addresses and phone numbers inside other strings, not ids", () => {
    const c = capture();
    const id = "01234567-0123-4012-8123-012345678901";
    c.log.info({ what: "mail to hanako@example.jp or call 03 1234 5678 / +81 90-1234-5678", id }, "x");
    const [line] = c.parsed();
    expect(line?.what).toBe("mail to [redacted] or call [redacted] / [redacted]");
    expect(line?.id).toBe(id);
  });

  it("reduces errors to their kind, never their message", () => {
    const c = capture();
    const e = new Error("insert failed for hanako@example.jp 山田花子");
    c.log.error({ err: e }, "failed");
    c.log.error(e);
    c.log.error({ err: new TypeError("Cannot read 山田花子") });
    c.log.error({ err: new AppError("not_found") }, "denied");
    const out = c.lines.join("");
    expect(out).not.toContain("山田花子");
    expect(out).not.toContain("hanako");
    const lines = c.parsed();
    expect(lines[0]).toMatchObject({ msg: "failed", err: { kind: "error", name: "Error" } });
    expect(lines[1]).toMatchObject({ msg: "error", err: { kind: "error" } });
    expect(lines[2]).toMatchObject({ msg: "error", err: { kind: "error", name: "TypeError" } });
    expect(lines[3]).toMatchObject({ err: { kind: "app", code: "not_found" } });
  });

  it("masks e-mails and phones in the message too", () => {
    const c = capture();
    c.log.info("sent to %s", "hanako@example.jp");
    expect(c.lines.join("")).not.toContain("hanako@example.jp");
  });

  it("writes nothing below its level", () => {
    const c = capture("warn");
    c.log.info({ a: 1 }, "quiet");
    expect(c.lines).toEqual([]);
  });

  it.each([
    ["name", true],
    ["displayName", true],
    ["phone_number", true],
    ["e-mail", true],
    ["set-cookie", true],
    ["Authorization", true],
    ["sessionToken", true],
    ["birthDate", true],
    ["placeNote", true],
    ["requestId", false],
    ["memberId", false],
    ["code", false],
    ["count", false],
    ["event", false],
  ])("treats the field %s as personal: %s", (key, personal) => {
    expect(isPersonalKey(key)).toBe(personal);
  });
});

describe("security events", () => {
  it("carry the event name and ids only", () => {
    const c = capture();
    securityEvent("security.sign_in", { userId: "u1", provider: "email", email: "hanako@example.jp" } as never, c.log);
    securityEvent("security.access_denied", { userId: "u1", cause: "malformed_id" }, c.log);
    const [signIn, denied] = c.parsed();
    expect(signIn).toMatchObject({ level: "info", event: "security.sign_in", msg: "security.sign_in", userId: "u1", email: "[redacted]" });
    expect(denied).toMatchObject({ level: "warn", event: "security.access_denied", userId: "u1" });
    expect(c.lines.join("")).not.toContain("hanako@example.jp");
  });
});
