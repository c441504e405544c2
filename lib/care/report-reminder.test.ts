import { describe, expect, it } from "vitest";
import { reportAgainAt } from "./report-reminder";

describe("reportAgainAt", () => {
  it("is 8:00 Tokyo on the day after the care ended, in Tokyo's calendar", () => {
    // 18:00 Tokyo on 30 November → 8:00 Tokyo on 1 December.
    expect(reportAgainAt(new Date("2026-11-30T09:00:00Z")).toISOString()).toBe("2026-11-30T23:00:00.000Z");
    // 23:30 Tokyo on 30 November is still the 30th there (14:30 UTC): the next morning is the 1st.
    expect(reportAgainAt(new Date("2026-11-30T14:30:00Z")).toISOString()).toBe("2026-11-30T23:00:00.000Z");
    // 00:30 Tokyo on 1 December (15:30 UTC on the 30th): asked again on the 2nd.
    expect(reportAgainAt(new Date("2026-11-30T15:30:00Z")).toISOString()).toBe("2026-12-01T23:00:00.000Z");
  });
});
