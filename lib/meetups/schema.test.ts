import { describe, expect, it } from "vitest";
import { tokyoClock, tokyoDate } from "@/lib/time/tokyo";
import { editMeetupSchema, isHttpsUrl, newMeetupSchema, rsvpSchema } from "./schema";

const now = new Date("2026-11-24T09:00:00+09:00");
const form = {
  title: "よちよち広場",
  description: "",
  venueName: "みどり市 子育て支援センター",
  venueAddress: "みどり市中央1-2-3",
  mapUrl: "",
  date: "2026-12-05",
  startTime: "10:00",
  endTime: "11:30",
  capacityAdults: "10",
  capacityChildren: "10",
  ageMin: "1",
  ageMax: "3",
  fee: "free",
  feeYen: "",
  repeat: "none",
  until: "",
};
const problems = (input: Record<string, string>) => {
  const r = newMeetupSchema(now).safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe("newMeetupSchema", () => {
  it("reads a meetup at Tokyo times", () => {
    const v = newMeetupSchema(now).parse(form);
    expect(tokyoDate(v.startsAt)).toBe("2026-12-05");
    expect([tokyoClock(v.startsAt), tokyoClock(v.endsAt)]).toEqual(["10:00", "11:30"]);
    expect(v).toMatchObject({ capacityAdults: 10, feeYen: 0, mapUrl: null, recurrence: null });
    expect(newMeetupSchema(now).parse({ ...form, fee: "paid", feeYen: "300", repeat: "weekly", until: "2026-12-19" })).toMatchObject({
      feeYen: 300,
      recurrence: { frequency: "weekly", until: "2026-12-19" },
    });
  });

  it("refuses bad input with a message for each field", () => {
    expect(problems({ ...form, capacityAdults: "0" })).toEqual({ capacityAdults: "meetup_capacity_adults" });
    expect(problems({ ...form, capacityAdults: "-3" })).toEqual({ capacityAdults: "meetup_capacity_adults" });
    expect(problems({ ...form, capacityChildren: "-1" })).toEqual({ capacityChildren: "number_too_small" });
    expect(problems({ ...form, capacityAdults: "2.5" })).toEqual({ capacityAdults: "whole_number" });
    expect(problems({ ...form, endTime: "09:00" })).toEqual({ endTime: "meetup_end_before_start" });
    expect(problems({ ...form, date: "2026-11-24", startTime: "08:00", endTime: "09:30" })).toEqual({ startTime: "meetup_start_in_past" });
    expect(problems({ ...form, repeat: "weekly" })).toEqual({ until: "meetup_recurrence_needs_end" });
    expect(problems({ ...form, repeat: "monthly", until: "2026-12-01" })).toEqual({ until: "meetup_until_before_start" });
    expect(problems({ ...form, repeat: "weekly", until: "2028-12-31" })).toEqual({ until: "meetup_too_many_occurrences" });
    expect(problems({ ...form, ageMin: "6", ageMax: "3" })).toEqual({ ageMax: "meetup_age_band" });
    expect(problems({ ...form, fee: "paid", feeYen: "0" })).toEqual({ feeYen: "meetup_fee" });
    expect(problems({ ...form, mapUrl: "javascript:alert(1)" })).toEqual({ mapUrl: "meetup_map_url" });
    expect(problems({ ...form, mapUrl: "http://maps.example.jp/x" })).toEqual({ mapUrl: "meetup_map_url" });
    expect(problems({ ...form, date: "2026-02-30" })).toEqual({ date: "invalid_date" });
  });

  it("accepts https map links only", () => {
    expect(isHttpsUrl("https://maps.example.jp/?q=1")).toBe(true);
    expect(isHttpsUrl("https://user:pw@example.jp/")).toBe(false);
    expect(isHttpsUrl("data:text/html,x")).toBe(false);
  });
});

describe("editMeetupSchema and rsvpSchema", () => {
  it("needs a meetup id and a scope", () => {
    const id = "6f1c1a4e-4a53-4b8e-9f00-000000000001";
    expect(editMeetupSchema(now).parse({ ...form, meetupId: id, scope: "following" })).toMatchObject({ meetupId: id, scope: "following" });
    expect(editMeetupSchema(now).safeParse({ ...form, meetupId: "x", scope: "one" }).success).toBe(false);
    expect(rsvpSchema.parse({ meetupId: id, adults: "1", children: "2" })).toEqual({ meetupId: id, adults: 1, children: 2 });
    expect(rsvpSchema.safeParse({ meetupId: id, adults: "0", children: "0" }).error?.issues[0]?.message).toBe("meetup_party_adults");
  });
});
