import { describe, expect, it } from "vitest";
import { decisionNotices, isOverdue, nextReportState, REPORT_CATEGORIES, reportedMember, responseTarget } from "./reports";

const at = new Date("2026-11-30T10:00:00+09:00");
const hours = (h: number) => new Date(at.getTime() + h * 3_600_000);

describe("the response target", () => {
  it("is 24 hours for a child's safety or violence, 72 hours for everything else", () => {
    expect(responseTarget("child_safety", at)).toEqual(hours(24));
    expect(responseTarget("violence", at)).toEqual(hours(24));
    for (const c of REPORT_CATEGORIES.filter((c) => c !== "child_safety" && c !== "violence"))
      expect(responseTarget(c, at)).toEqual(hours(72));
  });

  it("is overdue once passed, and never once decided", () => {
    const report = { state: "new" as const, respondBy: hours(24) };
    expect(isOverdue(report, hours(24))).toBe(false);
    expect(isOverdue(report, hours(24.01))).toBe(true);
    expect(isOverdue({ ...report, state: "in_review" }, hours(30))).toBe(true);
    expect(isOverdue({ ...report, state: "decided" }, hours(30))).toBe(false);
  });
});

describe("report states", () => {
  it("go new → in review → decided, and decided is final", () => {
    expect(nextReportState("new", "review")).toBe("in_review");
    expect(nextReportState("in_review", "review")).toBeNull();
    expect(nextReportState("new", "decide")).toBe("decided");
    expect(nextReportState("in_review", "decide")).toBe("decided");
    expect(nextReportState("decided", "decide")).toBeNull();
    expect(nextReportState("decided", "review")).toBeNull();
  });
});

describe("who hears about a decision", () => {
  it("the reporter that it was handled; the reported member only a warning or a suspension", () => {
    expect(decisionNotices("no_action")).toEqual({ reporter: "safety.report_handled", reported: null });
    expect(decisionNotices("warning").reported).toBe("safety.decision_warning");
    expect(decisionNotices("suspension").reported).toBe("safety.decision_suspension");
  });
});

describe("who a report of a care or a message is about", () => {
  const matched = { parentId: "p", helperId: "h" };
  const open = { parentId: "p", helperId: null };

  it("a care: the parent reports the chosen helper (none before matching); the helper or someone asked reports the parent", () => {
    expect(reportedMember({ kind: "care" }, "parent", matched)).toBe("h");
    expect(reportedMember({ kind: "care" }, "parent", open)).toBeNull();
    expect(reportedMember({ kind: "care" }, "helper", matched)).toBe("p");
    expect(reportedMember({ kind: "care" }, "recipient", open)).toBe("p");
  });

  it("the parent's note: anyone it was written to, never the parent; only when there is one", () => {
    const note = (exists: boolean) => ({ kind: "message" as const, message: "request_note" as const, exists });
    expect(reportedMember(note(true), "recipient", open)).toBe("p");
    expect(reportedMember(note(true), "helper", matched)).toBe("p");
    expect(reportedMember(note(true), "parent", matched)).toBeNull();
    expect(reportedMember(note(false), "recipient", open)).toBeNull();
  });

  it("the thank-you: only the helper it was written to", () => {
    const thanks = { kind: "message" as const, message: "thank_you" as const, exists: true };
    expect(reportedMember(thanks, "helper", matched)).toBe("p");
    expect(reportedMember(thanks, "recipient", matched)).toBeNull();
    expect(reportedMember(thanks, "parent", matched)).toBeNull();
    expect(reportedMember({ ...thanks, exists: false }, "helper", matched)).toBeNull();
  });
});
