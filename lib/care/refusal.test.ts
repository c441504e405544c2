import { describe, expect, it } from "vitest";
import { CARE_STATES } from "@/lib/care";
import { refusalKey } from "./refusal";

describe("refusalKey", () => {
  it("names the state a step was refused in", () => {
    expect(refusalKey("matched")).toBe("not_ended");
    expect(refusalKey("completed")).toBe("already_confirmed");
    expect(refusalKey("settled")).toBe("already_settled");
    expect(refusalKey("open")).toBe("not_matched");
    expect(refusalKey("expired")).toBe("not_matched");
  });

  it("prefers what the rule itself said when it is about the input or the clock", () => {
    expect(refusalKey("matched", "reason_required")).toBe("reason_required");
    expect(refusalKey("awaiting_report", "end_passed")).toBe("already_ended");
    expect(refusalKey("reported", "wrong_role")).toBe("wrong_side");
  });

  it("has a key for every state", () => {
    for (const state of CARE_STATES) expect(refusalKey(state)).toMatch(/^[a-z_]+$/);
  });
});
