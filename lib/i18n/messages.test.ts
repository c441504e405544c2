import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import ja from "./messages/ja.json";

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === "object" && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}
function placeholders(s: string): string[] {
  return [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}
function lookup(obj: object, path: string): string {
  return path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj) as string;
}

describe("message catalogues", () => {
  it("have the same keys in Japanese and English", () => {
    expect(keys(en).sort()).toEqual(keys(ja).sort());
  });

  it("use the same placeholders in both languages", () => {
    for (const k of keys(ja)) expect(placeholders(lookup(en, k)), k).toEqual(placeholders(lookup(ja, k)));
  });

  it("have no empty messages", () => {
    for (const k of keys(ja)) {
      expect(lookup(ja, k).trim(), `ja ${k}`).not.toBe("");
      expect(lookup(en, k).trim(), `en ${k}`).not.toBe("");
    }
  });
});
