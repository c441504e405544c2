import { describe, expect, it } from "vitest";
import { insuranceFacts } from "@/test/insurance-facts";
import { decideInsurance } from "./decide";
import { buildInsuranceSnapshot, INSURANCE_RULE_VERSION } from "./snapshot";

describe("buildInsuranceSnapshot", () => {
  it("records the facts decided on, the ages on the care date, the decision and the rule version", () => {
    const facts = insuranceFacts({ adultAge: 20 });
    expect(buildInsuranceSnapshot(facts)).toEqual({
      ruleVersion: INSURANCE_RULE_VERSION,
      liabilityLimitYen: 50_000_000,
      careDate: "2026-06-01",
      adultAge: 20,
      matchedAt: "2026-05-31T11:00:00.000Z",
      careStart: "2026-06-01T01:00:00.000Z",
      careEnd: "2026-06-01T03:00:00.000Z",
      areConnectedAtMatch: true,
      parent: { status: "active", birthDate: "1990-04-10", ageYears: 36 },
      helper: { status: "active", birthDate: "1975-09-30", ageYears: 50 },
      children: [{ id: "child-a", birthDate: "2020-01-15", ageYears: 6 }],
      decision: { insured: true, reasons: [], childReasons: [] },
    });
  });

  it("defaults the adult age to 18 and keeps a refusal with its reasons", () => {
    const facts = insuranceFacts({ areConnectedAtMatch: false });
    const snapshot = buildInsuranceSnapshot(facts);
    expect(snapshot.adultAge).toBe(18);
    expect(snapshot.decision).toEqual(decideInsurance(facts));
    expect(snapshot.decision.reasons).toEqual(["not_connected"]);
  });

  it("survives a JSON round trip unchanged", () => {
    const snapshot = buildInsuranceSnapshot(insuranceFacts({ children: [{ id: "x", birthDate: "2013-06-01" }] }));
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });

  it("does not change when the profiles change afterwards", () => {
    const facts = insuranceFacts();
    const snapshot = buildInsuranceSnapshot(facts);
    const before = JSON.stringify(snapshot);
    facts.parent.status = "suspended";
    facts.children[0]!.birthDate = "2000-01-01";
    expect(JSON.stringify(snapshot)).toBe(before);
  });
});
