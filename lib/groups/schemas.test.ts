import { describe, expect, it } from "vitest";
import { newGroupSchema } from "./schemas";

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message);

describe("action input", () => {
  it("refuses empty, oversized and control-character group names, and unknown kinds", () => {
    expect(newGroupSchema.parse({ name: " ひまわり組 ", kind: "nursery" })).toEqual({ name: "ひまわり組", kind: "nursery" });
    expect(messages(newGroupSchema.safeParse({ name: "   ", kind: "nursery" }))).toEqual(["required"]);
    expect(messages(newGroupSchema.safeParse({ name: "あ".repeat(61), kind: "school" }))).toEqual(["too_long"]);
    expect(messages(newGroupSchema.safeParse({ name: "a\u0007b", kind: "school" }))).toEqual(["invalid_characters"]);
    expect(messages(newGroupSchema.safeParse({ name: "会", kind: "club" }))).toEqual(["choose_one"]);
  });
});
