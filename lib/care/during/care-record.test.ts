import { describe, expect, it } from "vitest";
import { buildCareRecord, readCareRecord } from "./care-record";

const facts = {
  request: {
    id: "req-1",
    kind: "both",
    state: "matched",
    startAt: new Date("2026-11-24T15:30:00Z"), // 25 Nov, 00:30 in Tokyo
    endAt: new Date("2026-11-24T17:00:00Z"),
    matchedAt: new Date("2026-11-20T03:00:00Z"),
    place: "helper_home",
    placeNote: null,
    pickupPlace: "みどり保育園",
    dropoffPlace: null,
    insured: true,
    insuranceSnapshot: { ruleVersion: "insurance-2026.1" },
  },
  children: [{ id: "c1", name: "佐藤 はると", birthDate: "2021-11-25" }],
  parent: { id: "p", name: "佐藤 陽子" },
  helper: { id: "h", name: "鈴木 健太" },
  now: new Date("2026-11-24T16:00:00Z"),
};

describe("care record of an incident", () => {
  it("freezes the request, names and ages on the Tokyo care day, both adults and the insurance snapshot", () => {
    const record = buildCareRecord(facts);
    expect(record).toEqual({
      request: {
        id: "req-1",
        kind: "both",
        state: "matched",
        startAt: "2026-11-24T15:30:00.000Z",
        endAt: "2026-11-24T17:00:00.000Z",
        matchedAt: "2026-11-20T03:00:00.000Z",
        place: "helper_home",
        placeNote: null,
        pickupPlace: "みどり保育園",
        dropoffPlace: null,
      },
      careDate: "2026-11-25",
      children: [{ id: "c1", name: "佐藤 はると", ageYears: 5 }],
      parent: { id: "p", name: "佐藤 陽子" },
      helper: { id: "h", name: "鈴木 健太" },
      insured: true,
      insuranceSnapshot: { ruleVersion: "insurance-2026.1" },
      recordedAt: "2026-11-24T16:00:00.000Z",
    });
    expect(readCareRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });

  it("reads back nothing from a record of another shape", () => {
    expect(readCareRecord({ request: "?" })).toBeNull();
  });
});
