import { describe, expect, it } from "vitest";
import { categoryOf, channelWanted, cleanOff, type Preferences } from "./preferences";

const now = new Date("2026-11-30T03:00:00Z");
const hoursAhead = (h: number) => new Date(now.getTime() + h * 3_600_000).toISOString();
const prefs = (off: string[]): Preferences => ({ off, quietHours: null });

describe("categoryOf", () => {
  it("puts each kind of notice in one category", () => {
    expect(categoryOf("care_request_received")).toBe("requests");
    expect(categoryOf("care_widened")).toBe("requests");
    expect(categoryOf("after_time_proposed")).toBe("care");
    expect(categoryOf("safety_incident_reported")).toBe("care");
    expect(categoryOf("after_report_due")).toBe("reminders");
    expect(categoryOf("care_reminder_24h")).toBe("reminders");
    expect(categoryOf("meetup_reminder")).toBe("reminders");
    expect(categoryOf("standing.certification_ending")).toBe("reminders");
    expect(categoryOf("meetup_cancelled")).toBe("meetups");
    expect(categoryOf("attendance.met_request")).toBe("meetups");
    expect(categoryOf("standing.certified")).toBe("account");
  });
});

describe("channelWanted", () => {
  it("sends on every channel by default", () => {
    expect(channelWanted(null, { kind: "care_request_received" }, "email", now)).toBe(true);
    expect(channelWanted(prefs([]), { kind: "meetup_changed" }, "line", now)).toBe(true);
  });
  it("holds back only the channel the member turned off for that category", () => {
    const p = prefs(["requests.email"]);
    expect(channelWanted(p, { kind: "care_request_received" }, "email", now)).toBe(false);
    expect(channelWanted(p, { kind: "care_request_received" }, "push", now)).toBe(true);
    expect(channelWanted(p, { kind: "after_reported" }, "email", now)).toBe(true);
  });
  it("always sends a serious incident, whatever the member chose", () => {
    expect(channelWanted(prefs(["care.email"]), { kind: "safety_serious_incident", data: {} }, "email", now)).toBe(true);
  });
  it("always sends about a care starting within two hours, not one starting later", () => {
    const p = prefs(["reminders.push", "requests.push"]);
    expect(channelWanted(p, { kind: "care_reminder_1h", data: { start: hoursAhead(1) } }, "push", now)).toBe(true);
    expect(channelWanted(p, { kind: "care_request_received", data: { start: hoursAhead(1.5) } }, "push", now)).toBe(true);
    expect(channelWanted(p, { kind: "care_reminder_24h", data: { start: hoursAhead(24) } }, "push", now)).toBe(false);
    expect(channelWanted(p, { kind: "care_request_received", data: { start: hoursAhead(3) } }, "push", now)).toBe(false);
  });
});

describe("cleanOff", () => {
  it("keeps known pairs once, sorted, and drops anything else", () => {
    expect(cleanOff(["requests.email", "bogus.email", "requests.email", "meetups.sms", "care.line"])).toEqual([
      "care.line",
      "requests.email",
    ]);
  });
});
