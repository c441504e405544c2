import { describe, expect, it } from "vitest";
import { currentPrefix, generateKey, keyring } from "@/lib/crypto/sealed";
import { isSealedText, openText, sealedTextAad, sealedUnderCurrent, sealText } from "./sealed-texts";

const a = generateKey();
const keys = keyring(a);
const row = "0b7a2f4e-8f1c-4c1e-9a7d-3e5f6a7b8c9d";
const other = "5d0c9a1b-2e3f-4a5b-8c7d-9e0f1a2b3c4d";

describe("sealed nap notes and incident texts", () => {
  it("name their row and field", () => {
    expect(sealedTextAad("nap", row)).toBe(`nap:${row}:note`);
    expect(sealedTextAad("incident", row)).toBe(`incident:${row}:description`);
  });

  it("round-trip without showing the plaintext", () => {
    const sealed = sealText("熱が38度", "incident", row, keys);
    expect(sealed).not.toContain("熱");
    expect(isSealedText(sealed)).toBe(true);
    expect(openText(sealed, "incident", row, keys)).toBe("熱が38度");
  });

  it("do not open on another row, in another field, or with another key", () => {
    const sealed = sealText("寝返り", "nap", row, keys);
    expect(() => openText(sealed, "nap", other, keys)).toThrow();
    expect(() => openText(sealed, "incident", row, keys)).toThrow();
    expect(() => openText(sealed, "nap", row, keyring(generateKey()))).toThrow();
  });

  it("keep null and empty as they are", () => {
    expect(sealText(null, "nap", row, keys)).toBeNull();
    expect(sealText("", "incident", row, keys)).toBe("");
    expect(openText(null, "nap", row, keys)).toBeNull();
    expect(openText("", "incident", row, keys)).toBe("");
  });

  it("read plain text written before sealing as it is, even text that starts like a sealed value", () => {
    expect(openText("ぐっすり", "nap", row, keys)).toBe("ぐっすり");
    expect(openText("v2: 様子を見ます", "nap", row, keys)).toBe("v2: 様子を見ます");
    expect(isSealedText("v1:転んだ")).toBe(false);
  });

  it("come under the current key: plain sealed, older keys re-sealed only when rotating, current and empty left alone", () => {
    const sealedPlain = sealedUnderCurrent("ぐっすり", "nap", row, keys, { reseal: false });
    expect(sealedPlain?.startsWith(currentPrefix(keys))).toBe(true);
    expect(openText(sealedPlain!, "nap", row, keys)).toBe("ぐっすり");
    expect(sealedUnderCurrent(sealedPlain!, "nap", row, keys, { reseal: true })).toBeNull();
    expect(sealedUnderCurrent("", "incident", row, keys, { reseal: true })).toBeNull();

    const b = generateKey();
    const rotated = keyring(b, [a]);
    expect(sealedUnderCurrent(sealedPlain!, "nap", row, rotated, { reseal: false })).toBeNull();
    const resealed = sealedUnderCurrent(sealedPlain!, "nap", row, rotated, { reseal: true });
    expect(resealed?.startsWith(currentPrefix(rotated))).toBe(true);
    expect(openText(resealed!, "nap", row, keyring(b))).toBe("ぐっすり");
  });
});
