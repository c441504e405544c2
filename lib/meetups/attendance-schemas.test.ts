import { describe, expect, it } from "vitest";
import { answerSchema, walkInSchema } from "./attendance-schemas";

const id = "0b7f6a3e-59b1-4b5e-8d6c-2f0a5c9e1d11";

describe("walk-in form", () => {
  it("takes 1–9 adults and 0–9 children", () => {
    expect(walkInSchema.parse({ meetupId: id, memberId: id, adults: "2", children: "0" })).toMatchObject({ adults: 2, children: 0 });
    for (const [adults, children] of [
      ["0", "0"],
      ["10", "0"],
      ["1", "-1"],
      ["1", "1.5"],
      ["x", "1"],
    ]) {
      expect(walkInSchema.safeParse({ meetupId: id, memberId: id, adults, children }).success).toBe(false);
    }
  });
});

describe("answering a met request", () => {
  it("is accept or decline", () => {
    expect(answerSchema.parse({ requestId: id, answer: "accept" }).answer).toBe("accept");
    expect(answerSchema.safeParse({ requestId: id, answer: "maybe" }).success).toBe(false);
  });
});
