import { createCipheriv, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { currentPrefix, generateKey, keyId, keyring, open, openJson, reseal, seal, sealJson } from "./sealed";

const a = generateKey();
const b = generateKey();
const keysA = keyring(a);
const aad = "child:1:details";

// What the code before key ids wrote: "v1:" + base64(iv ‖ tag ‖ ciphertext), no associated data.
function sealV1(plaintext: string, base64Key: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", Buffer.from(base64Key, "base64"), iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `v1:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")}`;
}

const payload = (sealed: string) => Buffer.from(sealed.split(":")[2]!, "base64");

describe("sealed values", () => {
  it("round-trip Japanese text and JSON", () => {
    expect(open(seal("卵アレルギー", aad, keysA), aad, keysA)).toBe("卵アレルギー");
    expect(openJson(sealJson({ allergies: "小麦" }, aad, keysA), aad, keysA)).toEqual({ allergies: "小麦" });
  });

  it("name the key that sealed them, and never store the plaintext; the same text seals differently each time", () => {
    const first = seal("卵アレルギー", aad, keysA);
    expect(first.startsWith(`v2:${keysA.current.id}:`)).toBe(true);
    expect(first).not.toBe(seal("卵アレルギー", aad, keysA));
    expect(payload(first).toString("utf8")).not.toContain("卵");
  });

  it("do not open under other associated data: another child, or another field", () => {
    const sealed = seal("秘密", "child:1:details", keysA);
    expect(() => open(sealed, "child:2:details", keysA)).toThrow();
    expect(() => open(sealed, "child:1:notes", keysA)).toThrow();
  });

  it("do not open with a wrong key, even one relabelled with the right id", () => {
    const sealed = seal("秘密", aad, keysA);
    expect(() => open(sealed, aad, keyring(b))).toThrow(/no encryption key with id/);
    const impostor = { current: { id: keysA.current.id, bytes: Buffer.from(b, "base64") }, previous: [] };
    expect(() => open(sealed, aad, impostor)).toThrow();
  });

  it("do not open once tampered with: ciphertext, tag, key id or version", () => {
    const sealed = seal("秘密", aad, keysA);
    const raw = payload(sealed);
    for (const at of [0, 12, raw.length - 1]) {
      const bad = Buffer.from(raw);
      bad[at]! ^= 1;
      expect(() => open(`v2:${keysA.current.id}:${bad.toString("base64")}`, aad, keysA)).toThrow();
    }
    expect(() => open(sealed.replace(/^v2:/, "v3:"), aad, keysA)).toThrow(/unknown sealed format/);
    expect(() => open(`v2:${keysA.current.id}:`, aad, keysA)).toThrow();
    expect(() => open("卵アレルギー", aad, keysA)).toThrow();
  });

  it("pick the key by its id: what the previous key sealed opens, and new values are sealed under the current key", () => {
    const old = seal("前の鍵", aad, keysA);
    const rotated = keyring(b, [a]);
    expect(open(old, aad, rotated)).toBe("前の鍵");
    expect(seal("新しい鍵", aad, rotated).startsWith(`v2:${rotated.current.id}:`)).toBe(true);
    expect(() => open(old, aad, keyring(b))).toThrow(/no encryption key with id/);
  });

  it("in the old format (no key id, no associated data) open with the current or a previous key", () => {
    expect(open(sealV1("そば", a), aad, keysA)).toBe("そば");
    expect(open(sealV1("そば", a), aad, keyring(b, [a]))).toBe("そば");
    expect(() => open(sealV1("そば", a), aad, keyring(b))).toThrow(/no encryption key opens/);
  });

  it("are re-sealed under the current key with the same associated data, from either format", () => {
    const rotated = keyring(b, [a]);
    for (const before of [sealV1("そば", a), seal("そば", aad, keysA)]) {
      const after = reseal(before, aad, rotated);
      expect(after.startsWith(currentPrefix(rotated))).toBe(true);
      expect(open(after, aad, keyring(b))).toBe("そば");
      expect(() => open(after, "child:2:details", keyring(b))).toThrow();
    }
  });
});

describe("keyrings", () => {
  it("name each key by the first 8 hex digits of its SHA-256", () => {
    expect(keyId(Buffer.alloc(32))).toBe("66687aad");
    expect(keyring(a).current.id).toMatch(/^[0-9a-f]{8}$/);
    expect(keyring(a).current.id).not.toBe(keyring(b).current.id);
  });

  it("drop a previous key that repeats the current one, and refuse a key of the wrong length", () => {
    expect(keyring(a, [a, b, b]).previous.map((k) => k.id)).toEqual([keyring(b).current.id]);
    expect(() => keyring(Buffer.alloc(16).toString("base64"))).toThrow(/32 bytes/);
    expect(() => keyring(a, ["short"])).toThrow(/32 bytes/);
  });
});
