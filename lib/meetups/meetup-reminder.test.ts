import { describe, expect, it } from "vitest";
import { meetupReminderAt, meetupReminderDue } from "./meetup-reminder";

const tokyo = (s: string) => new Date(`${s}+09:00`);

describe("meetup reminders, the day before", () => {
  it("is 9:00 Tokyo on the day before, in Tokyo's calendar", () => {
    expect(meetupReminderAt(tokyo("2026-12-05T10:00:00"))).toEqual(tokyo("2026-12-04T09:00:00"));
    // 00:30 on the 5th Tokyo is still the 4th in UTC: the day before is the 4th all the same.
    expect(meetupReminderAt(tokyo("2026-12-05T00:30:00"))).toEqual(tokyo("2026-12-04T09:00:00"));
  });
  it("is due from then until the meetup starts", () => {
    const start = tokyo("2026-12-05T10:00:00");
    expect(meetupReminderDue(start, tokyo("2026-12-04T08:59:00"))).toBe(false);
    expect(meetupReminderDue(start, tokyo("2026-12-04T09:00:00"))).toBe(true);
    expect(meetupReminderDue(start, tokyo("2026-12-05T09:59:00"))).toBe(true);
    expect(meetupReminderDue(start, start)).toBe(false);
  });
});
