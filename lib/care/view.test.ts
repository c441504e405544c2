import { describe, expect, it } from "vitest";
import { CARE_STATES } from "@/lib/care";
import { insuranceFactsAtMatch } from "./choose/insurance-facts";
import { rulebookKeyFor, shapeForRole, statusFor, upcomingFirst } from "./view";

describe("statusFor", () => {
  it("tells a recipient who was not chosen only 'solved' once a helper was chosen", () => {
    const seen = Object.fromEntries(CARE_STATES.map((s) => [s, statusFor("recipient", s)]));
    expect(seen).toEqual({
      open: "open",
      offered: "open",
      matched: "solved",
      expired: "expired",
      withdrawn: "withdrawn",
      cancelled: "solved",
      awaiting_report: "solved",
      reported: "solved",
      disputed: "solved",
      completed: "solved",
      settled: "solved",
    });
  });

  it("shows the parent and the helper the state itself", () => {
    for (const s of CARE_STATES) {
      expect(statusFor("parent", s)).toBe(s);
      expect(statusFor("helper", s)).toBe(s);
    }
  });
});

describe("shapeForRole", () => {
  const row = {
    id: "r",
    helperId: "h",
    matchedAt: new Date(),
    insured: true,
    insuranceSnapshot: { x: 1 },
    cancelledBy: "h",
    cancelReason: "熱",
  };
  it("removes who was chosen and the insurance record for a recipient", () => {
    expect(shapeForRole("recipient", row)).toEqual({
      id: "r",
      helperId: null,
      matchedAt: null,
      insured: null,
      insuranceSnapshot: null,
      cancelledBy: null,
      cancelReason: null,
    });
    expect(shapeForRole("parent", row)).toBe(row);
    expect(shapeForRole("helper", row)).toBe(row);
  });
});

describe("rulebookKeyFor", () => {
  it("uses the municipality's rulebook, else the default", () => {
    expect(rulebookKeyFor("famisapo_example")).toBe("famisapo_example");
    expect(rulebookKeyFor(null)).toBe("default");
  });
});

describe("insuranceFactsAtMatch", () => {
  it("carries exactly the facts read at matching", () => {
    const f = insuranceFactsAtMatch({
      matchedAt: new Date("2026-11-24T00:00:00Z"),
      request: { startAt: new Date("2026-11-25T08:00:00Z"), endAt: new Date("2026-11-25T09:00:00Z") },
      parent: { status: "active", birthDate: "1989-04-12" },
      helper: { status: "suspended", birthDate: "1986-09-03" },
      children: [{ id: "c", birthDate: "2021-01-01" }],
      connected: true,
      adultAge: 20,
    });
    expect(f).toEqual({
      matchedAt: new Date("2026-11-24T00:00:00Z"),
      careStart: new Date("2026-11-25T08:00:00Z"),
      careEnd: new Date("2026-11-25T09:00:00Z"),
      areConnectedAtMatch: true,
      parent: { status: "active", birthDate: "1989-04-12" },
      helper: { status: "suspended", birthDate: "1986-09-03" },
      children: [{ id: "c", birthDate: "2021-01-01" }],
      adultAge: 20,
    });
  });
});

describe("upcomingFirst", () => {
  it("puts what is ahead first, soonest first, then the past, latest first", () => {
    const now = new Date("2026-11-24T00:00:00Z");
    const at = (iso: string) => ({ startAt: new Date(iso) });
    const rows = [at("2026-11-20T00:00:00Z"), at("2026-11-30T00:00:00Z"), at("2026-11-25T00:00:00Z"), at("2026-11-23T00:00:00Z")];
    expect(upcomingFirst(rows, now).map((r) => r.startAt.toISOString().slice(0, 10))).toEqual([
      "2026-11-25",
      "2026-11-30",
      "2026-11-23",
      "2026-11-20",
    ]);
  });
});
