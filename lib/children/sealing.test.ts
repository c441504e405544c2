import { createCipheriv, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { currentPrefix, generateKey, keyring, sealJson } from "@/lib/crypto/sealed";
import { emptyDetails } from "./details";
import { openChildDetails, resealChildDetails, sealChildDetails } from "./sealing";

const base64 = generateKey();
const key = keyring(base64);
const child = "0b7a2f4e-8f1c-4c1e-9a7d-3e5f6a7b8c9d";
const otherChild = "5d0c9a1b-2e3f-4a5b-8c7d-9e0f1a2b3c4d";
const details = {
  ...emptyDetails(),
  allergies: "卵アレルギー",
  childSeatWanted: true,
  emergencyContacts: [{ name: "佐藤 一郎", relation: "祖父", phone: "+819012345678" }],
  collectors: [{ name: "佐藤 花", relation: "祖母", phone: null }],
};

describe("sealed child details", () => {
  it("round-trip, and never show the plaintext", () => {
    const sealed = sealChildDetails(details, child, key);
    expect(openChildDetails(sealed, child, key)).toEqual(details);
    expect(sealed).not.toContain("卵");
    expect(Buffer.from(sealed.split(":")[2]!, "base64").toString("utf8")).not.toContain("卵");
  });

  it("copied onto another child do not open, never as empty details", () => {
    expect(() => openChildDetails(sealChildDetails(details, child, key), otherChild, key)).toThrow();
  });

  it("open with the other key fails loudly, never as empty details", () => {
    expect(() => openChildDetails(sealChildDetails(details, child, key), child, keyring(generateKey()))).toThrow();
  });

  it("of a removed child are empty", () => {
    expect(openChildDetails(null, child, key)).toEqual(emptyDetails());
  });

  it("sealed by an older document version, without later fields, still open", () => {
    const older = sealJson({ v: 1, allergies: "そば" }, `child:${child}:details`, key);
    expect(openChildDetails(older, child, key)).toEqual({ ...emptyDetails(), allergies: "そば" });
  });

  it("sealed in the old format (no key id) open, and are re-sealed bound to their child under the new key", () => {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", Buffer.from(base64, "base64"), iv);
    const body = Buffer.concat([cipher.update(JSON.stringify({ v: 1, ...details }), "utf8"), cipher.final()]);
    const old = `v1:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")}`;
    expect(openChildDetails(old, child, key)).toEqual(details);

    const newKey = generateKey();
    const resealed = resealChildDetails(old, child, keyring(newKey, [base64]));
    expect(resealed.startsWith(currentPrefix(keyring(newKey)))).toBe(true);
    expect(openChildDetails(resealed, child, keyring(newKey))).toEqual(details);
    expect(() => openChildDetails(resealed, otherChild, keyring(newKey))).toThrow();
  });
});
