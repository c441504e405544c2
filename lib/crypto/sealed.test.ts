import { describe, expect, it } from "vitest";
import { generateKey, open, openJson, parseKey, seal, sealJson } from "./sealed";

const key = parseKey(generateKey());

describe("sealed values", () => {
  it("round-trips Japanese text and JSON", () => {
    expect(open(seal("卵アレルギー", key), key)).toBe("卵アレルギー");
    expect(openJson(sealJson({ allergies: "小麦" }, key), key)).toEqual({ allergies: "小麦" });
  });

  it("never stores the plaintext, and seals the same text differently each time", () => {
    const a = seal("卵アレルギー", key);
    const b = seal("卵アレルギー", key);
    expect(a).not.toBe(b);
    expect(Buffer.from(a.slice(3), "base64").toString("utf8")).not.toContain("卵");
  });

  it("refuses a wrong key and a tampered value", () => {
    const sealed = seal("秘密", key);
    expect(() => open(sealed, parseKey(generateKey()))).toThrow();
    const raw = Buffer.from(sealed.slice(3), "base64");
    raw[raw.length - 1]! ^= 1;
    expect(() => open(`v1:${raw.toString("base64")}`, key)).toThrow();
  });

  it("refuses a key of the wrong length", () => {
    expect(() => parseKey(Buffer.alloc(16).toString("base64"))).toThrow(/32 bytes/);
  });
});
