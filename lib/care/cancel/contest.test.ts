import { describe, expect, it } from "vitest";
import { CONTEST_DAYS, contestDeadline, contestOpen, contestStatus } from "./contest";

const recorded = new Date("2026-06-01T10:00:00+09:00");
const later = (ms: number) => new Date(recorded.getTime() + ms);
const DAY = 24 * 60 * 60 * 1000;
const noShow = { kind: "no_show" as const, createdAt: recorded, contestedAt: null };

describe("contestOpen", () => {
  it("the window is seven days", () => expect(CONTEST_DAYS).toBe(7));

  it.each([
    ["at once", 0, true],
    ["six days later", 6 * DAY, true],
    ["one millisecond before the seventh day ends", 7 * DAY - 1, true],
    ["exactly seven days later", 7 * DAY, false],
    ["eight days later", 8 * DAY, false],
  ])("a no-show %s: %s", (_label, ms, open) => {
    expect(contestOpen(noShow, later(ms))).toBe(open);
  });

  it("once only", () => {
    expect(contestOpen({ ...noShow, contestedAt: later(DAY) }, later(2 * DAY))).toBe(false);
  });

  it("never a late cancellation (the member's own doing)", () => {
    expect(contestOpen({ ...noShow, kind: "late_cancellation" }, later(DAY))).toBe(false);
  });

  it("the deadline is seven days after recording", () => {
    expect(contestDeadline(recorded).toISOString()).toBe("2026-06-08T01:00:00.000Z");
  });
});

describe("contestStatus", () => {
  it("none, waiting, rejected", () => {
    expect(contestStatus({ contestedAt: null, contestRejectedAt: null })).toBe("none");
    expect(contestStatus({ contestedAt: recorded, contestRejectedAt: null })).toBe("waiting");
    expect(contestStatus({ contestedAt: recorded, contestRejectedAt: later(DAY) })).toBe("rejected");
  });
});
