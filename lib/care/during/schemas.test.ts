import { describe, expect, it } from "vitest";
import { incidentSchema, napCheckSchema } from "./schemas";

const REQUEST = "5f0e2a5c-8d1b-4c3e-9a7f-2b1c0d9e8f70";
const CHILD = "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

const base = { requestId: REQUEST, severity: "minor", description: "転んでひざをすりむきました。", occurredAt: "2026-11-24T10:30" };
const issues = (input: unknown) =>
  Object.fromEntries((incidentSchema.safeParse(input).error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe("incident form", () => {
  it("reads a minor incident, its Tokyo time as an instant, and drops a stray serious kind", () => {
    expect(incidentSchema.parse({ ...base, seriousKind: "death" })).toEqual({
      requestId: REQUEST,
      severity: "minor",
      seriousKind: null,
      description: "転んでひざをすりむきました。",
      occurredAt: new Date("2026-11-24T01:30:00Z"),
    });
  });

  it("needs one of the three serious kinds for a serious incident", () => {
    expect(issues({ ...base, severity: "serious" })).toEqual({ seriousKind: "choose_one" });
    expect(issues({ ...base, severity: "serious", seriousKind: "" })).toEqual({ seriousKind: "choose_one" });
    expect(issues({ ...base, severity: "serious", seriousKind: "bruise" })).toEqual({ seriousKind: "choose_one" });
    for (const kind of ["death", "unconscious", "injury_30_days"]) {
      expect(incidentSchema.parse({ ...base, severity: "serious", seriousKind: kind }).seriousKind).toBe(kind);
    }
  });

  it("refuses a missing severity, an empty or overlong description and a time that is not one", () => {
    expect(issues({ ...base, severity: undefined })).toMatchObject({ severity: "choose_one" });
    expect(issues({ ...base, description: "  \n " })).toEqual({ description: "required" });
    expect(issues({ ...base, description: "あ".repeat(1001) })).toEqual({ description: "too_long" });
    expect(issues({ ...base, occurredAt: "2026-02-30T10:00" })).toEqual({ occurredAt: "invalid_date" });
    expect(issues({ ...base, occurredAt: "" })).toEqual({ occurredAt: "required" });
  });
});

describe("nap check form", () => {
  it("takes one of the three states and an optional short note", () => {
    expect(napCheckSchema.parse({ requestId: REQUEST, childId: CHILD, state: "asleep_ok" })).toEqual({
      requestId: REQUEST,
      childId: CHILD,
      state: "asleep_ok",
      note: "",
    });
    expect(napCheckSchema.safeParse({ requestId: REQUEST, childId: CHILD, state: "snoring" }).success).toBe(false);
    expect(napCheckSchema.safeParse({ requestId: REQUEST, childId: CHILD, state: "concern", note: "あ".repeat(201) }).success).toBe(false);
  });
});
