import { describe, expect, it } from "vitest";
import { exportExpiry, RETENTION, retentionCutoffs } from "./retention";

const NOW = new Date("2026-11-30T03:00:00Z");
const daysBefore = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

describe("the retention schedule", () => {
  it("cuts each kind of record at its own period before now", () => {
    const cut = retentionCutoffs(NOW);
    expect(cut.careDetailViews).toEqual(daysBefore(365));
    expect(cut.napChecks).toEqual(daysBefore(365));
    expect(cut.incidentDetails).toEqual(daysBefore(5 * 365));
    expect(cut.reliabilityRecords).toEqual(daysBefore(0));
    expect(cut.notifications).toEqual(daysBefore(183));
    expect(cut.exports).toEqual(daysBefore(7));
    // Sign-in links go as soon as they expire.
    expect(cut.verificationTokens).toEqual(NOW);
  });

  it("names a period for every kind, and deletes except for incidents, whose row stays without its details", () => {
    for (const [key, rule] of Object.entries(RETENTION)) expect(rule.days, key).toBeGreaterThanOrEqual(0);
    expect(
      Object.entries(RETENTION)
        .filter(([, r]) => r.action === "erase_details")
        .map(([k]) => k),
    ).toEqual(["incidentDetails"]);
  });

  it("keeps an export downloadable for 7 days after it is built", () => {
    expect(exportExpiry(NOW)).toEqual(new Date("2026-12-07T03:00:00Z"));
  });
});
