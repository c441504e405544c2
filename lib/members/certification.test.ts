import { describe, expect, it } from "vitest";
import { approvedPeriod, certificationOutlook, mayApply, reminderDue, unbrokenFrom, verificationState, yearFrom } from "./certification";

describe("certification periods", () => {
  it("lasts one year from approval, through the day before the same date", () => {
    expect(yearFrom("2026-11-30")).toEqual({ from: "2026-11-30", until: "2027-11-29" });
    expect(yearFrom("2028-02-29")).toEqual({ from: "2028-02-29", until: "2029-02-28" });
  });

  it("renews from the current end, not from the approval day", () => {
    expect(approvedPeriod("2026-12-20", "2026-11-30")).toEqual({ from: "2026-12-21", until: "2027-12-20" });
    // Approved on the last day: still a renewal.
    expect(approvedPeriod("2026-11-30", "2026-11-30")).toEqual({ from: "2026-12-01", until: "2027-11-30" });
  });

  it("starts afresh once the certification has ended", () => {
    expect(approvedPeriod("2026-11-29", "2026-11-30")).toEqual({ from: "2026-11-30", until: "2027-11-29" });
    expect(approvedPeriod(null, "2026-11-30")).toEqual({ from: "2026-11-30", until: "2027-11-29" });
  });

  it("opens renewal 60 days before the end", () => {
    expect(mayApply(null, "2026-11-30")).toBe(true);
    expect(mayApply("2027-01-30", "2026-11-30")).toBe(false);
    expect(mayApply("2027-01-29", "2026-11-30")).toBe(true);
    expect(mayApply("2026-11-01", "2026-11-30")).toBe(true);
  });

  it("reminds from 30 days before the last day through the last day", () => {
    expect(reminderDue("2026-12-31", "2026-11-30")).toBe(false);
    expect(reminderDue("2026-12-30", "2026-11-30")).toBe(true);
    expect(reminderDue("2026-11-30", "2026-11-30")).toBe(true);
    expect(reminderDue("2026-11-29", "2026-11-30")).toBe(false);
  });

  it("follows renewals back to the start of the unbroken run", () => {
    const periods = [
      { from: "2023-01-01", until: "2023-12-31" },
      { from: "2024-03-01", until: "2025-02-28" },
      { from: "2025-03-01", until: "2026-02-28" },
    ];
    expect(unbrokenFrom(periods, "2026-02-28")).toBe("2024-03-01");
    expect(unbrokenFrom(periods, "2023-12-31")).toBe("2023-01-01");
    expect(unbrokenFrom(periods, "2027-01-01")).toBeNull();
  });
});

describe("what the profile says", () => {
  it("decides certified, ending soon, ended and whether one may apply", () => {
    expect(certificationOutlook("2027-06-01", true, "2026-11-30", false)).toEqual({
      certified: true,
      endingSoon: false,
      ended: null,
      canApply: false,
      renewal: true,
      renewalOpensOn: "2027-04-02",
    });
    expect(certificationOutlook("2026-12-20", true, "2026-11-30", false)).toMatchObject({
      endingSoon: true,
      canApply: true,
      renewal: true,
    });
    expect(certificationOutlook("2026-11-29", false, "2026-11-30", false)).toMatchObject({
      ended: "2026-11-29",
      canApply: true,
      renewal: false,
    });
    expect(certificationOutlook(null, false, "2026-11-30", true)).toMatchObject({ canApply: false, renewalOpensOn: null });
  });

  it("tells a verification in force from an expired one", () => {
    expect(verificationState({ status: "approved", validUntil: "2026-11-30" }, "2026-11-30")).toBe("approved");
    expect(verificationState({ status: "approved", validUntil: "2026-11-29" }, "2026-11-30")).toBe("expired");
    expect(verificationState({ status: "rejected", validUntil: null }, "2026-11-30")).toBe("rejected");
  });
});
