import { describe, expect, it } from "vitest";
import { NO_RECORDS, shownCapabilities, standingOn } from "./standing";

describe("standingOn", () => {
  it("is nothing without records", () => {
    expect(standingOn(NO_RECORDS, "2026-11-30")).toEqual({ certifiedOrganiser: false, qualifications: [], singleParent: false });
  });

  it("counts a certification on its last day and not the day after", () => {
    const r = { ...NO_RECORDS, organiserCertifiedUntil: "2026-11-30" };
    expect(standingOn(r, "2026-11-30").certifiedOrganiser).toBe(true);
    expect(standingOn(r, "2026-12-01").certifiedOrganiser).toBe(false);
  });

  it("lists each qualification in force once, and drops expired ones", () => {
    const r = {
      ...NO_RECORDS,
      qualifications: [
        { kind: "nurse" as const, validUntil: "2027-03-31" },
        { kind: "nurse" as const, validUntil: "2028-03-31" },
        { kind: "hoikushi" as const, validUntil: "2026-11-29" },
      ],
    };
    expect(standingOn(r, "2026-11-30").qualifications).toEqual(["nurse"]);
  });

  it("counts single-parent status through its last day", () => {
    const r = { ...NO_RECORDS, singleParentValidUntil: "2027-01-31" };
    expect(standingOn(r, "2027-01-31").singleParent).toBe(true);
    expect(standingOn(r, "2027-02-01").singleParent).toBe(false);
  });
});

describe("standingOn, from the day of verification", () => {
  it("never reaches back before the first day", () => {
    const r = { ...NO_RECORDS, organiserCertifiedFrom: "2026-01-10", organiserCertifiedUntil: "2027-01-09" };
    expect(standingOn(r, "2026-01-09").certifiedOrganiser).toBe(false);
    expect(standingOn(r, "2026-01-10").certifiedOrganiser).toBe(true);
    const q = { ...NO_RECORDS, qualifications: [{ kind: "nurse" as const, validFrom: "2026-05-01", validUntil: "2030-03-31" }] };
    expect(standingOn(q, "2026-04-30").qualifications).toEqual([]);
    expect(standingOn(q, "2026-05-01").qualifications).toEqual(["nurse"]);
    const s = { ...NO_RECORDS, singleParentValidFrom: "2026-05-01", singleParentValidUntil: "2027-03-31" };
    expect(standingOn(s, "2026-04-30").singleParent).toBe(false);
    expect(standingOn(s, "2026-05-01").singleParent).toBe(true);
  });
});

describe("shownCapabilities", () => {
  const caps = ["supporter", "organiser"] as const;
  it("shows the organiser only while certified, by the same function as the badge", () => {
    const r = { ...NO_RECORDS, organiserCertifiedUntil: "2026-11-30" };
    expect(shownCapabilities(caps, standingOn(r, "2026-11-30"))).toEqual(["supporter", "organiser"]);
    expect(shownCapabilities(caps, standingOn(r, "2026-12-01"))).toEqual(["supporter"]);
  });
});
