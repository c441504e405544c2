import { describe, expect, it } from "vitest";
import { generateKey, parseKey, sealJson } from "@/lib/crypto/sealed";
import { emptyDetails } from "./details";
import { openChildDetails, sealChildDetails } from "./sealing";

const key = parseKey(generateKey());
const details = {
  ...emptyDetails(),
  allergies: "卵アレルギー",
  childSeatWanted: true,
  emergencyContacts: [{ name: "佐藤 一郎", relation: "祖父", phone: "+819012345678" }],
  collectors: [{ name: "佐藤 花", relation: "祖母", phone: null }],
};

describe("sealed child details", () => {
  it("round-trip, and never show the plaintext", () => {
    const sealed = sealChildDetails(details, key);
    expect(openChildDetails(sealed, key)).toEqual(details);
    expect(sealed).not.toContain("卵");
    expect(Buffer.from(sealed.slice(3), "base64").toString("utf8")).not.toContain("卵");
  });

  it("open with the other key fails loudly, never as empty details", () => {
    expect(() => openChildDetails(sealChildDetails(details, key), parseKey(generateKey()))).toThrow();
  });

  it("of a removed child are empty", () => {
    expect(openChildDetails(null, key)).toEqual(emptyDetails());
  });

  it("sealed by an older version, without later fields, still open", () => {
    expect(openChildDetails(sealJson({ v: 1, allergies: "そば" }, key), key)).toEqual({ ...emptyDetails(), allergies: "そば" });
  });
});
