import { describe, expect, it } from "vitest";
import {
  CODE_TTL_MS,
  checkCode,
  codeFor,
  codeLive,
  codeSchema,
  decideVerification,
  hashCode,
  MAX_CODE_TRIES,
  newCode,
  parseCode,
  phoneVerified,
  RESEND_AFTER_MS,
  resendWaitMs,
} from "./phone-code";

const key = "k".repeat(40);
const user = "user-a";
const phone = "+819012345678";
const sentAt = new Date("2026-11-30T10:00:00+09:00");
const later = (ms: number) => new Date(sentAt.getTime() + ms);
const stored = (over: Partial<ReturnType<typeof codeFor>> = {}) => ({ ...codeFor(key, user, phone, "123456", sentAt), ...over });
const entered = (code: string, p = phone) => hashCode(key, user, p, code);

describe("codes", () => {
  it("are six digits, leading zeros kept, and not all the same", () => {
    const codes = Array.from({ length: 200 }, newCode);
    for (const c of codes) expect(c).toMatch(/^[0-9]{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(190);
  });

  it("are read as people type them: full-width digits, spaces and hyphens", () => {
    expect(parseCode("123456")).toBe("123456");
    expect(parseCode("１２３４５６")).toBe("123456");
    expect(parseCode(" 123 456 ")).toBe("123456");
    expect(parseCode("123-456")).toBe("123456");
    for (const bad of ["12345", "1234567", "12a456", "", "１２３４５"]) expect(parseCode(bad)).toBeNull();
    expect(codeSchema.safeParse({ code: "12345" }).error?.issues[0]?.message).toBe("code_format");
    // Found by the action fuzz: a very long entry must say how many digits, like any other wrong shape.
    const long = codeSchema.safeParse({ code: "5".repeat(77) }).error?.issues[0];
    expect(long?.message).toBe("code_format");
    expect(long && "params" in long ? long.params : undefined).toEqual({ length: 6 });
    expect(codeSchema.parse({ code: "０１２３４５" }).code).toBe("012345");
  });

  it("are stored as a keyed hash bound to the member and the number", () => {
    const h = hashCode(key, user, phone, "123456");
    expect(h).not.toContain("123456");
    expect(hashCode(key, user, phone, "123456")).toBe(h);
    expect(hashCode(key, "user-b", phone, "123456")).not.toBe(h);
    expect(hashCode(key, user, "+819000000000", "123456")).not.toBe(h);
    expect(hashCode("other".repeat(8), user, phone, "123456")).not.toBe(h);
  });
});

describe("checkCode", () => {
  it("accepts the right code for the number it was sent to, until it expires", () => {
    expect(checkCode(stored(), phone, entered("123456"), later(0))).toEqual({ kind: "right" });
    expect(checkCode(stored(), phone, entered("123456"), later(CODE_TTL_MS - 1))).toEqual({ kind: "right" });
    expect(checkCode(stored(), phone, entered("123456"), later(CODE_TTL_MS))).toEqual({ kind: "stale" });
  });

  it("counts down the tries left on a wrong code, and after five wrong tries takes nothing more", () => {
    expect(checkCode(stored(), phone, entered("000000"), later(1000))).toEqual({ kind: "wrong", remaining: MAX_CODE_TRIES - 1 });
    expect(checkCode(stored({ wrongTries: MAX_CODE_TRIES - 1 }), phone, entered("000000"), later(1000))).toEqual({
      kind: "wrong",
      remaining: 0,
    });
    // Used up: even the right code no longer verifies.
    expect(checkCode(stored({ wrongTries: MAX_CODE_TRIES }), phone, entered("123456"), later(1000))).toEqual({ kind: "stale" });
    expect(codeLive(stored({ wrongTries: MAX_CODE_TRIES }), later(1000))).toBe(false);
  });

  it("verifies only the number the code went to: a changed number, or none, needs a new code", () => {
    expect(checkCode(stored(), "+819011112222", entered("123456", "+819011112222"), later(1000))).toEqual({ kind: "stale" });
    expect(checkCode(stored(), null, entered("123456"), later(1000))).toEqual({ kind: "stale" });
    expect(checkCode(null, phone, entered("123456"), later(1000))).toEqual({ kind: "stale" });
  });
});

describe("resendWaitMs", () => {
  it("lets a new code go after a short wait", () => {
    expect(resendWaitMs(null, sentAt)).toBe(0);
    expect(resendWaitMs(stored(), later(1000))).toBe(RESEND_AFTER_MS - 1000);
    expect(resendWaitMs(stored(), later(RESEND_AFTER_MS))).toBe(0);
  });
});

describe("decideVerification", () => {
  it("verifies a number nobody else claims", () => {
    expect(decideVerification("a", [{ userId: "a", verified: false }])).toEqual({ kind: "verify", drop: [] });
  });

  it("drops every unverified claim of the number when its owner proves it", () => {
    expect(
      decideVerification("a", [
        { userId: "a", verified: false },
        { userId: "squatter", verified: false },
        { userId: "another", verified: false },
      ]),
    ).toEqual({ kind: "verify", drop: ["squatter", "another"] });
  });

  it("refuses a number another member verified", () => {
    expect(
      decideVerification("a", [
        { userId: "a", verified: false },
        { userId: "owner", verified: true },
      ]),
    ).toEqual({ kind: "taken" });
  });
});

describe("phoneVerified", () => {
  it("needs both a number and its verification", () => {
    expect(phoneVerified({ phone, phoneVerifiedAt: sentAt })).toBe(true);
    expect(phoneVerified({ phone, phoneVerifiedAt: null })).toBe(false);
    expect(phoneVerified({ phone: null, phoneVerifiedAt: sentAt })).toBe(false);
  });
});
