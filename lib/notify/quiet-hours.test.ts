import { describe, expect, it } from "vitest";
import { DEFAULT_QUIET_HOURS, heldUntil, memberQuietHours, parseQuietHours, quietWindow, urgentNotice } from "./quiet-hours";

const tokyo = (s: string) => new Date(`${s}+09:00`);

describe("heldUntil (21:00–7:00 Tokyo)", () => {
  it("holds a notice from 21:00 until 7:00 the next morning", () => {
    expect(heldUntil(tokyo("2026-11-30T21:00:00"), DEFAULT_QUIET_HOURS, false)).toEqual(tokyo("2026-12-01T07:00:00"));
    expect(heldUntil(tokyo("2026-11-30T23:59:00"), DEFAULT_QUIET_HOURS, false)).toEqual(tokyo("2026-12-01T07:00:00"));
  });

  it("holds one written after midnight until 7:00 the same morning", () => {
    expect(heldUntil(tokyo("2026-12-01T00:30:00"), DEFAULT_QUIET_HOURS, false)).toEqual(tokyo("2026-12-01T07:00:00"));
    expect(heldUntil(tokyo("2026-12-01T06:59:00"), DEFAULT_QUIET_HOURS, false)).toEqual(tokyo("2026-12-01T07:00:00"));
  });

  it("a valid setting stands for its window, or none when off", () => {
    expect(quietWindow("21:00-07:00")).toEqual({ from: "21:00", to: "07:00" });
    expect(quietWindow("off")).toBeNull();
  });

  it("sends at once in the day, when urgent, or with quiet hours off", () => {
    expect(heldUntil(tokyo("2026-12-01T07:00:00"), DEFAULT_QUIET_HOURS, false)).toBeNull();
    expect(heldUntil(tokyo("2026-12-01T20:59:00"), DEFAULT_QUIET_HOURS, false)).toBeNull();
    expect(heldUntil(tokyo("2026-11-30T23:00:00"), DEFAULT_QUIET_HOURS, true)).toBeNull();
    expect(heldUntil(tokyo("2026-11-30T23:00:00"), null, false)).toBeNull();
  });

  it("holds within a window that does not cross midnight until its end", () => {
    const quiet = { from: "12:00", to: "13:00" };
    expect(heldUntil(tokyo("2026-12-01T12:10:00"), quiet, false)).toEqual(tokyo("2026-12-01T13:00:00"));
    expect(heldUntil(tokyo("2026-12-01T13:00:00"), quiet, false)).toBeNull();
  });
});

describe("urgentNotice", () => {
  const now = tokyo("2026-11-30T23:00:00");
  it("is a serious incident, or a notice about a care starting within two hours", () => {
    expect(urgentNotice("safety_serious_incident", { incidentId: "x" }, now)).toBe(true);
    expect(urgentNotice("care_request_received", { start: tokyo("2026-12-01T00:30:00").toISOString() }, now)).toBe(true);
    expect(urgentNotice("care_request_received", { start: tokyo("2026-12-01T01:01:00").toISOString() }, now)).toBe(false);
    expect(urgentNotice("after_report_due", { start: tokyo("2026-11-30T18:00:00").toISOString() }, now)).toBe(false);
    expect(urgentNotice("standing.certified", {}, now)).toBe(false);
  });
});

describe("parseQuietHours", () => {
  it("reads HH:MM-HH:MM or off, and refuses anything else", () => {
    expect(parseQuietHours("21:00-07:00")).toEqual(DEFAULT_QUIET_HOURS);
    expect(parseQuietHours("off")).toBe("off");
    for (const bad of ["21-7", "25:00-07:00", "07:00-07:00", ""]) expect(parseQuietHours(bad)).toBeNull();
  });
});

describe("memberQuietHours", () => {
  const site = DEFAULT_QUIET_HOURS;
  it("is the site's window for a member who chose nothing", () => {
    expect(memberQuietHours(null, site)).toEqual(site);
    expect(memberQuietHours(undefined, null)).toBeNull();
  });
  it("is the member's own window, or none when they turned it off", () => {
    expect(memberQuietHours("22:30-06:00", site)).toEqual({ from: "22:30", to: "06:00" });
    expect(memberQuietHours("off", site)).toBeNull();
    // The site may be off and a member still wants quiet nights.
    expect(memberQuietHours("23:00-08:00", null)).toEqual({ from: "23:00", to: "08:00" });
  });
  it("falls back to the site's window for a value that does not parse", () => {
    expect(memberQuietHours("9pm-7am", site)).toEqual(site);
  });
  it("holds by the member's window: 22:00 is quiet for 21:00–7:00 but not for 23:00–6:00", () => {
    expect(heldUntil(tokyo("2026-11-30T22:00:00"), memberQuietHours(null, site), false)).toEqual(tokyo("2026-12-01T07:00:00"));
    expect(heldUntil(tokyo("2026-11-30T22:00:00"), memberQuietHours("23:00-06:00", site), false)).toBeNull();
    expect(heldUntil(tokyo("2026-11-30T23:30:00"), memberQuietHours("23:00-06:00", site), false)).toEqual(tokyo("2026-12-01T06:00:00"));
  });
});
