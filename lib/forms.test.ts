import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf, formToObject } from "./forms";

describe("formToObject", () => {
  it("keeps single values, collects repeated ones and always arrays name[] keys", () => {
    const f = new FormData();
    f.append("name", "佐藤");
    f.append("tags", "a");
    f.append("tags", "b");
    f.append("caps[]", "parent");
    f.append("$ACTION_ID_abc", "");
    expect(formToObject(f)).toEqual({ name: "佐藤", tags: ["a", "b"], caps: ["parent"] });
  });
});

describe("fieldErrorsOf", () => {
  const catalogue: Record<string, string> = {
    "field.required": "required!",
    "field.too_long": "max {max}",
    "field.invalid": "invalid!",
  };
  const t = (k: string, v?: Record<string, string | number>) => catalogue[k]!.replace("{max}", String(v?.max ?? ""));
  const has = (k: string) => k in catalogue;

  it("translates the first problem of each field, with its limits", () => {
    const schema = z.object({
      a: z.string().min(1, { error: "required" }),
      b: z.string().max(3, { error: "too_long" }),
      c: z.number(),
    });
    const r = schema.safeParse({ a: "", b: "abcdef", c: "x" });
    expect(r.success).toBe(false);
    if (!r.success) expect(fieldErrorsOf(r.error, t, has)).toEqual({ a: "required!", b: "max 3", c: "invalid!" });
  });
});
