import type { InsuranceFacts } from "@/lib/insurance/decide";

/** Test-only: an insurable care on Monday 1 June 2026, 10:00–12:00 JST, matched the day before. */
export function insuranceFacts(over: Partial<InsuranceFacts> = {}): InsuranceFacts {
  return {
    matchedAt: new Date("2026-05-31T20:00:00+09:00"),
    careStart: new Date("2026-06-01T10:00:00+09:00"),
    careEnd: new Date("2026-06-01T12:00:00+09:00"),
    areConnectedAtMatch: true,
    parent: { status: "active", birthDate: "1990-04-10" },
    helper: { status: "active", birthDate: "1975-09-30" },
    children: [{ id: "child-a", birthDate: "2020-01-15" }],
    ...over,
  };
}
