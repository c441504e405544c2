import { describe, expect, it } from "vitest";
import { isSealedText, openText, sealText } from "@/lib/care/during/sealed-texts";
import { generateKey, keyring } from "@/lib/crypto/sealed";
import { SCRUBBED } from "./scrub";
import { scrubSealedText } from "./scrub-sealed";

const keys = keyring(generateKey());
const id = "0b7a2f4e-8f1c-4c1e-9a7d-3e5f6a7b8c9d";

describe("scrubbing a sealed care text", () => {
  it("opens it, cuts the names and seals it again for the same row", () => {
    const stored = sealText("ゆいちゃんが転んで、佐藤 花子さんに連絡しました", "incident", id, keys);
    const scrubbed = scrubSealedText(stored, "incident", id, ["佐藤 花子", "ゆいちゃん"], keys);
    expect(scrubbed && isSealedText(scrubbed)).toBe(true);
    expect(openText(scrubbed!, "incident", id, keys)).toBe(`${SCRUBBED}が転んで、${SCRUBBED}さんに連絡しました`);
  });

  it("leaves a text that names no one as it is", () => {
    expect(scrubSealedText(sealText("よく寝ています", "nap", id, keys), "nap", id, ["ゆいちゃん"], keys)).toBeNull();
  });

  it("scrubs plain text from before sealing, and seals the result", () => {
    const scrubbed = scrubSealedText("ゆいちゃんが泣いた", "nap", id, ["ゆいちゃん"], keys);
    expect(scrubbed).not.toContain("ゆいちゃん");
    expect(openText(scrubbed!, "nap", id, keys)).toBe(`${SCRUBBED}が泣いた`);
  });
});
