import { describe, expect, it } from "vitest";
import type { CareState, Role } from "@/lib/care";
import { duringPanels, incidentReportAllowed, incidentTimeProblem, napLogAllowed } from "./window";

const start = new Date("2026-11-24T01:00:00Z"); // 10:00 in Tokyo
const end = new Date("2026-11-24T03:00:00Z");
const min = 60_000;
const at = (ms: number) => new Date(ms);
const w = (role: Role, state: CareState, now: Date) => ({ role, state, start, end, now });

describe("nap checks", () => {
  it("are logged only by the helper, from the start until (not including) the end", () => {
    expect(napLogAllowed(w("helper", "matched", start))).toBe(true);
    expect(napLogAllowed(w("helper", "matched", at(end.getTime() - min)))).toBe(true);
    expect(napLogAllowed(w("helper", "matched", at(start.getTime() - min)))).toBe(false);
    expect(napLogAllowed(w("helper", "matched", end))).toBe(false);
  });

  it("are refused to the parent, a recipient and anyone once the care is cancelled or over", () => {
    for (const role of ["parent", "recipient", "admin", "system"] as const) expect(napLogAllowed(w(role, "matched", start))).toBe(false);
    for (const state of ["open", "offered", "cancelled", "awaiting_report", "completed"] as const) {
      expect(napLogAllowed(w("helper", state, start)), state).toBe(false);
    }
  });
});

describe("incident reports", () => {
  const day = 24 * 60 * min;

  it("are open to parent and helper from an hour before the start until 30 days after the end", () => {
    for (const role of ["parent", "helper"] as const) {
      expect(incidentReportAllowed(w(role, "matched", at(start.getTime() - 60 * min)))).toBe(true);
      expect(incidentReportAllowed(w(role, "completed", at(end.getTime() + 30 * day - min)))).toBe(true);
      expect(incidentReportAllowed(w(role, "matched", at(start.getTime() - 61 * min)))).toBe(false);
      expect(incidentReportAllowed(w(role, "settled", at(end.getTime() + 30 * day)))).toBe(false);
    }
  });

  it("are refused to recipients and for care that never took place", () => {
    expect(incidentReportAllowed(w("recipient", "matched", start))).toBe(false);
    expect(incidentReportAllowed(w("admin", "matched", start))).toBe(false);
    for (const state of ["open", "offered", "expired", "withdrawn", "cancelled"] as const) {
      expect(incidentReportAllowed(w("parent", state, start)), state).toBe(false);
    }
  });

  it("need a time between an hour before the start and now (a few minutes of clock drift allowed)", () => {
    const now = at(end.getTime() + 60 * min);
    expect(incidentTimeProblem(at(start.getTime() - 60 * min), { start, now })).toBeNull();
    expect(incidentTimeProblem(at(start.getTime() - 61 * min), { start, now })).toBe("incident_before_care");
    expect(incidentTimeProblem(at(now.getTime() + 5 * min), { start, now })).toBeNull();
    expect(incidentTimeProblem(at(now.getTime() + 6 * min), { start, now })).toBe("incident_in_future");
  });
});

describe("the safety section", () => {
  it("shows the parent the way to the details in the helper's window, and the nap timer only to the helper during the care", () => {
    expect(duringPanels(w("parent", "matched", start))).toEqual({ detailsOpen: true, napsOpen: false, canReport: true });
    expect(duringPanels(w("helper", "matched", start))).toEqual({ detailsOpen: true, napsOpen: true, canReport: true });
    const dayAfter = at(end.getTime() + 24 * 60 * min);
    expect(duringPanels(w("parent", "matched", dayAfter))).toEqual({ detailsOpen: false, napsOpen: false, canReport: true });
    expect(duringPanels(w("parent", "cancelled", start))).toEqual({ detailsOpen: false, napsOpen: false, canReport: false });
  });
});
