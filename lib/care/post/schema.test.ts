import { describe, expect, it } from "vitest";
import { answerSchema, postRequestSchema } from "./schema";

const REQUEST = "5f0e2a5c-8d1b-4c3e-9a7f-2b1c0d9e8f70";
const MEMBER = "8c3d4e5f-6071-4c8d-9e0f-1a2b3c4d5e6f";
const OTHER = "7b2c3d4e-5f60-4b7c-8d9e-0f1a2b3c4d5e";
const GROUP = "9d4e5f60-7182-4d9e-8f10-2b3c4d5e6f70";

const NOW = new Date("2026-11-24T00:00:00Z"); // 9:00 on Tuesday 24 November in Tokyo
const CHILD = "0b4c7a1e-2f33-4a52-9a7e-0c9f2d1b3a44";
const valid = {
  kind: "azukari",
  children: [CHILD],
  date: "2026-11-25",
  startTime: "17:00",
  endTime: "18:30",
  place: "helper_home",
  audience: "people",
  recipients: [MEMBER, OTHER],
};
const parse = (over: Record<string, unknown>) => postRequestSchema(NOW).safeParse({ ...valid, ...over });
const problems = (over: Record<string, unknown>) => {
  const r = parse(over);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe("postRequestSchema: the widening ask", () => {
  it("is none when nothing is chosen", () => {
    const r = parse({ widenAfter: "", widenGroupId: "" });
    expect(r.success && r.data.widen).toBeNull();
  });
  it("keeps the second audience and the chosen delay", () => {
    const r = parse({ widenGroupId: GROUP, widenRecipients: [OTHER], widenAfter: "60" });
    expect(r.success && r.data.widen).toEqual({ groupId: GROUP, userIds: [OTHER], delay: 60 });
  });
  it("needs a delay from the list, and an audience for a delay", () => {
    expect(problems({ widenGroupId: GROUP })).toEqual({ widenAfter: "choose_one" });
    expect(problems({ widenGroupId: GROUP, widenAfter: "45" })).toEqual({ widenAfter: "choose_one" });
    expect(problems({ widenAfter: "30" })).toEqual({ widenGroupId: "care_widen_choose_audience" });
  });
  it("refuses a widening that would come at or after the start", () => {
    // Posted at 9:00 for 11:00: two hours is the start itself, too late; an hour is fine.
    expect(problems({ date: "2026-11-24", startTime: "11:00", endTime: "12:00", widenGroupId: GROUP, widenAfter: "120" })).toEqual({
      widenAfter: "care_widen_after_start",
    });
    expect(parse({ date: "2026-11-24", startTime: "11:00", endTime: "12:00", widenGroupId: GROUP, widenAfter: "60" }).success).toBe(true);
  });
});

describe("postRequestSchema", () => {
  it("turns Tokyo wall-clock times into instants and keeps only what the kind needs", () => {
    const r = parse({ pickupPlace: "保育園", mealNeeded: "on", notes: "  よろしくお願いします \r\n" });
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.startAt.toISOString()).toBe("2026-11-25T08:00:00.000Z");
    expect(r.data.endAt.toISOString()).toBe("2026-11-25T09:30:00.000Z");
    expect(r.data).toMatchObject({
      kind: "azukari",
      childIds: [CHILD],
      place: "helper_home",
      pickupPlace: null,
      mealNeeded: true,
      notes: "よろしくお願いします",
    });
    expect(r.data.audience).toEqual({ kind: "people", userIds: [MEMBER, OTHER] });
  });

  it("refuses an end before (or at) the start, and a care longer than 12 hours", () => {
    expect(problems({ endTime: "16:45" })).toEqual({ endTime: "care_end_before_start" });
    expect(problems({ endTime: "17:00" })).toEqual({ endTime: "care_end_before_start" });
    expect(problems({ startTime: "07:00", endTime: "19:15" })).toEqual({ endTime: "care_too_long" });
    expect(parse({ startTime: "07:00", endTime: "19:00" }).success).toBe(true);
  });

  it("refuses a start in the past or right now, in Tokyo time", () => {
    expect(problems({ date: "2026-11-24", startTime: "08:45", endTime: "10:00" })).toEqual({ startTime: "care_start_in_past" });
    expect(problems({ date: "2026-11-24", startTime: "09:00", endTime: "10:00" })).toEqual({ startTime: "care_start_in_past" });
    expect(parse({ date: "2026-11-24", startTime: "09:15", endTime: "10:00" }).success).toBe(true);
  });

  it("accepts only quarter hours and real dates", () => {
    expect(problems({ startTime: "17:10" })).toEqual({ startTime: "care_time_step" });
    expect(problems({ endTime: "24:00" })).toEqual({ endTime: "care_time_step" });
    expect(problems({ date: "2026-02-30" })).toEqual({ date: "invalid_date" });
  });

  it("asks for a child, a place for 預かり, both places for 送迎, and someone to ask", () => {
    expect(problems({ children: [] })).toEqual({ children: "care_choose_child" });
    expect(problems({ place: "" })).toEqual({ place: "choose_one" });
    expect(problems({ kind: "soge", place: "" })).toEqual({ pickupPlace: "required", dropoffPlace: "required" });
    expect(problems({ kind: "both", pickupPlace: "保育園", dropoffPlace: "自宅" })).toEqual({});
    expect(problems({ recipients: [] })).toEqual({ recipients: "care_choose_recipient" });
    expect(problems({ audience: "group", recipients: [] })).toEqual({ groupId: "choose_one" });
  });

  it("drops duplicates and a place that does not belong to the kind", () => {
    const r = parse({ kind: "soge", children: [CHILD, CHILD], recipients: [MEMBER, MEMBER, ""], pickupPlace: "駅", dropoffPlace: "家" });
    expect(r.success && r.data).toMatchObject({ childIds: [CHILD], place: null, audience: { kind: "people", userIds: [MEMBER] } });
  });

  it("names a group audience by its id", () => {
    const r = parse({ audience: "group", groupId: GROUP, recipients: [] });
    expect(r.success && r.data.audience).toEqual({ kind: "group", groupId: GROUP });
  });
});

describe("answerSchema", () => {
  it("refuses an OK unless the pre-care sheet was read", () => {
    const r = answerSchema.safeParse({ requestId: REQUEST, answer: "ok" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["sheetRead", "care_sheet_not_read"]]);
    expect(answerSchema.safeParse({ requestId: REQUEST, answer: "ok", sheetRead: "on" }).success).toBe(true);
  });

  it("keeps a message and the waiver only with an OK", () => {
    const ok = answerSchema.parse({ requestId: REQUEST, answer: "ok", sheetRead: "on", waived: "on", message: "大丈夫です" });
    expect(ok).toMatchObject({ answer: "ok", waived: true, message: "大丈夫です", childSeat: false });
    const no = answerSchema.parse({ requestId: REQUEST, answer: "decline", waived: "on", message: "x" });
    expect(no).toMatchObject({ answer: "decline", waived: false, message: null });
  });
});
