import { describe, expect, it } from "vitest";
import { contactSchema } from "./desk-schema";

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${String(i.path[0])}:${i.message}`);

describe("the contact form", () => {
  it("takes an address or none (a member's answer comes to the app), and refuses a bad one", () => {
    expect(contactSchema.safeParse({ category: "safety", text: "心配です", email: "" }).success).toBe(true);
    expect(contactSchema.safeParse({ category: "other", text: "x" }).success).toBe(true);
    expect(messages(contactSchema.safeParse({ category: "money", text: "x", email: "not-an-address" }))).toEqual(["email:desk_email"]);
    expect(messages(contactSchema.safeParse({ category: "nope", text: "" }))).toEqual(["category:desk_category", "text:desk_text"]);
  });
});
