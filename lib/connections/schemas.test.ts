import { describe, expect, it } from "vitest";
import { digitsSchema, memberSchema, searchSchema } from "./schemas";

const requestId = "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b";
const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message);

describe("action input", () => {
  it("turns full-width digits into ASCII and refuses anything but four digits", () => {
    expect(digitsSchema.parse({ requestId, digits: "０１２３" })).toEqual({ requestId, digits: "0123" });
    expect(messages(digitsSchema.safeParse({ requestId, digits: "" }))).toEqual(["required"]);
    expect(messages(digitsSchema.safeParse({ requestId, digits: "12345" }))).toEqual(["digits_format"]);
    expect(messages(digitsSchema.safeParse({ requestId, digits: "x".repeat(10_000) }))).toEqual(["digits_format"]);
    expect(messages(digitsSchema.safeParse({ requestId: "not-an-id", digits: "1234" }))).toEqual(["not_found"]);
  });

  it("refuses empty and oversized searches and malformed member ids", () => {
    expect(messages(searchSchema.safeParse({ q: "" }))).toEqual(["required"]);
    expect(messages(searchSchema.safeParse({ q: "あ".repeat(41) }))).toEqual(["too_long"]);
    expect(messages(searchSchema.safeParse({ q: "あ" }))).toEqual(["too_short"]);
    expect(searchSchema.safeParse({ q: " さと " })).toEqual({ success: true, data: { q: "さと" } });
    expect(messages(memberSchema.safeParse({ userId: "1 or 1=1" }))).toEqual(["not_found"]);
    expect(messages(memberSchema.safeParse({}))).toEqual(["not_found"]);
  });
});
