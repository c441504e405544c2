import { describe, expect, it } from "vitest";
import { feedbackRefusal } from "./feedback";

describe("feedbackRefusal", () => {
  it("lets the parent thank and answer once the care is completed or settled", () => {
    expect(feedbackRefusal("parent", "completed")).toBeNull();
    expect(feedbackRefusal("parent", "settled")).toBeNull();
  });

  it("is too early before completion, and never the helper's", () => {
    for (const state of ["matched", "reported", "disputed", "cancelled"] as const)
      expect(feedbackRefusal("parent", state)).toBe("feedback_too_early");
    expect(feedbackRefusal("helper", "completed")).toBe("wrong_side");
  });
});
