import { describe, expect, it } from "vitest";
import { NO_RECORDS, standingOn } from "./standing";

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
