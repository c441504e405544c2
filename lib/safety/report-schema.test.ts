import { describe, expect, it } from "vitest";
import { reportSchema } from "./report-schema";

const id = "0b7c1a52-4a57-4d3e-9d0e-2f1d5a9c8e11";
const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${String(i.path[0])}:${i.message}`);

describe("the report form", () => {
  it("takes a member, a care, or a care's message with which one", () => {
    const base = { targetId: id, category: "harassment", text: " 何度も連絡が来ます " };
    expect(reportSchema.parse({ ...base, target: "member" })).toMatchObject({ text: "何度も連絡が来ます" });
    expect(reportSchema.safeParse({ ...base, target: "message", message: "thank_you" }).success).toBe(true);
    // A message without saying which, or a member with a message: names nothing.
    expect(messages(reportSchema.safeParse({ ...base, target: "message" }))).toEqual(["message:not_found"]);
    expect(messages(reportSchema.safeParse({ ...base, target: "member", message: "thank_you" }))).toEqual(["message:not_found"]);
  });

  it("asks for a category and a text, and refuses a malformed id as not found", () => {
    expect(messages(reportSchema.safeParse({ target: "care", targetId: "x", category: "", text: "  " }))).toEqual([
      "targetId:not_found",
      "category:report_category",
      "text:report_text",
    ]);
  });
});
