import { describe, expect, it } from "vitest";
import { careReminderDue } from "./care-reminder";

const start = new Date("2026-12-01T01:00:00Z");
const before = (hours: number) => new Date(start.getTime() - hours * 3_600_000);
const longAgo = before(72);

describe("careReminderDue", () => {
  it("is nothing more than a day ahead", () => {
    expect(careReminderDue(start, longAgo, before(24.1))).toBeNull();
  });
  it("is the 24-hour reminder from a day ahead until the last hour", () => {
    expect(careReminderDue(start, longAgo, before(24))).toBe("24h");
    expect(careReminderDue(start, longAgo, before(1.01))).toBe("24h");
  });
  it("is the 1-hour reminder in the last hour, until the start", () => {
    expect(careReminderDue(start, longAgo, before(1))).toBe("1h");
    expect(careReminderDue(start, longAgo, before(0.01))).toBe("1h");
    expect(careReminderDue(start, longAgo, start)).toBeNull();
  });
  it("skips a reminder whose window had opened before the care was matched", () => {
    // Matched 3 hours ahead: no "tomorrow" reminder, but the 1-hour one still comes.
    expect(careReminderDue(start, before(3), before(2))).toBeNull();
    expect(careReminderDue(start, before(3), before(0.5))).toBe("1h");
    // Matched 30 minutes ahead: nothing.
    expect(careReminderDue(start, before(0.5), before(0.25))).toBeNull();
  });
  it("is nothing for a care without a match time", () => {
    expect(careReminderDue(start, null, before(0.5))).toBeNull();
  });
});
