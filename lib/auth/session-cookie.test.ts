import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { hasSessionCookie, secureSessionCookie, sessionCookieName, sessionTokenFrom, sessionUserId } from "./session-cookie";

const SECRET = "session-cookie-test-secret-0123456789abcdef";
const NAME = "authjs.session-token";
const seal = (token: Record<string, unknown>, opts: { secret?: string; salt?: string; maxAge?: number } = {}) =>
  encode({ token, secret: opts.secret ?? SECRET, salt: opts.salt ?? NAME, maxAge: opts.maxAge });

describe("sessionUserId", () => {
  it("reads the account id from a cookie sealed as Auth.js seals it", async () => {
    expect(await sessionUserId(await seal({ sub: "user-1", email: "a@example.com" }), SECRET, NAME)).toBe("user-1");
  });

  it("refuses a cookie sealed with another secret, for another cookie name, expired, or tampered with", async () => {
    expect(
      await sessionUserId(await seal({ sub: "user-1" }, { secret: "another-secret-another-secret-another" }), SECRET, NAME),
    ).toBeNull();
    expect(await sessionUserId(await seal({ sub: "user-1" }), SECRET, sessionCookieName(true))).toBeNull();
    expect(await sessionUserId(await seal({ sub: "user-1" }, { maxAge: -60 }), SECRET, NAME)).toBeNull();
    const token = await seal({ sub: "user-1" });
    const tampered = `${token.slice(0, -6)}${token.slice(-6) === "AAAAAA" ? "BBBBBB" : "AAAAAA"}`;
    expect(await sessionUserId(tampered, SECRET, NAME)).toBeNull();
    expect(await sessionUserId("not-a-token", SECRET, NAME)).toBeNull();
  });

  it("has no account without a token, a secret or a subject", async () => {
    expect(await sessionUserId(undefined, SECRET, NAME)).toBeNull();
    expect(await sessionUserId(await seal({ sub: "user-1" }), undefined, NAME)).toBeNull();
    expect(await sessionUserId(await seal({ email: "a@example.com" }), SECRET, NAME)).toBeNull();
  });
});

describe("sessionTokenFrom", () => {
  it("takes the whole cookie, or joins its chunks in numeric order", () => {
    expect(sessionTokenFrom([{ name: NAME, value: "abc" }], NAME)).toBe("abc");
    const chunks = [
      { name: `${NAME}.10`, value: "k" },
      { name: `${NAME}.1`, value: "b" },
      { name: `${NAME}.0`, value: "a" },
      { name: `${NAME}.2`, value: "c" },
      ...["3", "4", "5", "6", "7", "8", "9"].map((i) => ({ name: `${NAME}.${i}`, value: String.fromCharCode(97 + Number(i)) })),
      { name: `${NAME}.x`, value: "!" },
      { name: "other", value: "?" },
    ];
    expect(sessionTokenFrom(chunks, NAME)).toBe("abcdefghijk");
    expect(sessionTokenFrom([{ name: "other", value: "?" }], NAME)).toBeUndefined();
  });
});

describe("the cookie's name", () => {
  it("follows AUTH_URL's scheme, else the forwarded scheme (https when none), as Auth.js does", () => {
    expect(secureSessionCookie("https://otagai.example.jp", "http")).toBe(true);
    expect(secureSessionCookie("http://localhost:3000", "https")).toBe(false);
    expect(secureSessionCookie(undefined, "http")).toBe(false);
    expect(secureSessionCookie(undefined, "https:")).toBe(true);
    expect(secureSessionCookie(undefined, null)).toBe(true);
    expect(sessionCookieName(true)).toBe("__Secure-authjs.session-token");
  });

  it("notices either name, whole or chunked, and nothing else", () => {
    expect(hasSessionCookie(["authjs.session-token"])).toBe(true);
    expect(hasSessionCookie(["__Secure-authjs.session-token.0"])).toBe(true);
    expect(hasSessionCookie(["authjs.csrf-token", "otagai.session-fresh", "NEXT_LOCALE"])).toBe(false);
  });
});
