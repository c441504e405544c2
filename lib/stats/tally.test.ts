import { describe, expect, it } from "vitest";
import type { RequestFact, StatsFacts } from "./facts";
import { careMinutes, requestsPosted, solvedRate, unmetDemand } from "./figures";
import { addTallies, tallyMonth } from "./tally";

const fact = (over: Partial<RequestFact>): RequestFact => ({
  parentId: "p1",
  districtId: "d1",
  kind: "azukari",
  purpose: null,
  startAt: new Date("2026-04-10T10:00:00+09:00"),
  state: "expired",
  matched: false,
  hadOffer: false,
  youngestBirthDate: "2022-01-01",
  helperId: null,
  actualMinutes: null,
  thanksYen: null,
  expensesYen: null,
  settled: false,
  survey: null,
  ...over,
});

const requests: RequestFact[] = [
  // 31 March 23:30 in Tokyo is March, even though it is 31 March 14:30 UTC.
  fact({ parentId: "p0", startAt: new Date("2026-03-31T23:30:00+09:00") }),
  ...["p1", "p2", "p3"].map((p) => fact({ parentId: p })),
  ...["p1", "p2", "p4", "p5"].map((p, i) =>
    fact({
      parentId: p,
      startAt: new Date(`2026-05-0${i + 1}T14:00:00+09:00`),
      state: "completed",
      matched: true,
      helperId: "h1",
      actualMinutes: 60,
    }),
  ),
  // 1 May 00:10 in Tokyo is May.
  fact({ parentId: "p6", startAt: new Date("2026-04-30T15:10:00Z") }),
];
const facts: StatsFacts = { requests, members: [], connections: [], meetups: [] };
const until = new Date("2026-07-01T00:00:00+09:00");

describe("month tallies", () => {
  it("put each request in its Tokyo month", () => {
    expect(tallyMonth(facts, "2026-03", until).requests.requests.value).toBe(1);
    expect(tallyMonth(facts, "2026-04", until).requests.requests.value).toBe(3);
    expect(tallyMonth(facts, "2026-05", until).requests.requests.value).toBe(5);
  });

  it("add up to what the figures give over the whole range, members counted once", () => {
    const sum = addTallies(["2026-04", "2026-05"].map((m) => tallyMonth(facts, m, until)));
    const range = requests.filter((r) => r.startAt >= new Date("2026-04-01T00:00:00+09:00"));
    expect(sum.requests.requests).toEqual(requestsPosted(range));
    expect(sum.requests.solved).toEqual(solvedRate(range));
    expect(sum.requests.unmet).toEqual(unmetDemand(range));
    expect(sum.requests.careMinutes).toEqual(careMinutes(range));
    // The one district holds them all.
    expect(sum.district.d1!.requests).toEqual(requestsPosted(range));
  });

  it("sum nothing to an empty tally", () => {
    expect(addTallies([]).requests.requests).toEqual({ value: 0, of: 0, ids: [] });
  });
});
