import { describe, expect, it } from "vitest";
import { catalogueParts, deepMerge, messagesFor, pickMessages } from "./messages";

type Tree = { [key: string]: string | Tree };
const ja = messagesFor("ja");
const en = messagesFor("en");

function keys(obj: Tree, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
function placeholders(s: string): string[] {
  return [...s.matchAll(/\{(\w+)/g)].map((m) => m[1]!).sort();
}
function tags(s: string): string[] {
  return [...s.matchAll(/<(\w+)>/g)].map((m) => m[1]!).sort();
}
function lookup(obj: Tree, path: string): string {
  return path.split(".").reduce<unknown>((o, k) => (o as Tree)[k], obj) as string;
}

describe("message catalogues", () => {
  it("have the same keys in Japanese and English, area by area", () => {
    for (const area of Object.keys(catalogueParts.ja)) {
      expect(keys(catalogueParts.en[area] as Tree).sort(), area).toEqual(keys(catalogueParts.ja[area] as Tree).sort());
    }
  });

  it("use the same placeholders and tags in both languages", () => {
    for (const k of keys(ja)) {
      expect(placeholders(lookup(en, k)), k).toEqual(placeholders(lookup(ja, k)));
      expect(tags(lookup(en, k)), k).toEqual(tags(lookup(ja, k)));
    }
  });

  it("have no empty messages", () => {
    for (const k of keys(ja)) {
      expect(lookup(ja, k).trim(), `ja ${k}`).not.toBe("");
      expect(lookup(en, k).trim(), `en ${k}`).not.toBe("");
    }
  });
});

describe("deepMerge", () => {
  it("merges areas into shared namespaces and refuses a key defined twice", () => {
    const merged = deepMerge(deepMerge({}, { errors: { field: { a: "A" } } }), { errors: { field: { b: "B" } } });
    expect(merged).toEqual({ errors: { field: { a: "A", b: "B" } } });
    expect(() => deepMerge(merged, { errors: { field: { a: "again" } } })).toThrow(/errors.field.a/);
  });
});

describe("pickMessages", () => {
  const tree = { care: { form: { a: "A", b: "B" }, list: { c: "C" } }, common: { ok: "OK" }, other: { x: "X" } };

  it("keeps only the named namespaces and parts, nested as in the catalogue", () => {
    expect(pickMessages(tree, ["care.form", "common"])).toEqual({ care: { form: { a: "A", b: "B" } }, common: { ok: "OK" } });
  });

  it("merges two parts of one namespace", () => {
    expect(pickMessages(tree, ["care.form.a", "care.list"])).toEqual({ care: { form: { a: "A" }, list: { c: "C" } } });
  });

  it("refuses a name the catalogue does not have", () => {
    expect(() => pickMessages(tree, ["care.nothing"])).toThrow("no messages named care.nothing");
  });

  it("ships a small part of the real catalogue", () => {
    const size = (t: object) => JSON.stringify(t).length;
    expect(size(pickMessages(ja, ["signIn"]))).toBeLessThan(size(ja) / 20);
  });
});
