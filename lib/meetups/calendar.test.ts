import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { tokyoClock, tokyoDate } from "@/lib/time/tokyo";
import { calendarFile } from "./calendar";
import { feedEntries } from "./feed";

/** Parses with a standard iCalendar parser and reads each event's start and end as Tokyo wall-clock times. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents("vevent").map((c) => {
    const e = new ICAL.Event(c);
    const start = e.startDate.toJSDate();
    const end = e.endDate.toJSDate();
    return {
      summary: e.summary,
      location: e.location,
      start: `${tokyoDate(start)} ${tokyoClock(start)}`,
      end: `${tokyoDate(end)} ${tokyoClock(end)}`,
      status: c.getFirstPropertyValue("status"),
      description: e.description,
    };
  });
}

describe("calendarFile", () => {
  it("writes events that parse back to the right Asia/Tokyo times", () => {
    const ics = calendarFile([
      {
        uid: "meetup-1@otagai",
        title: "よちよち広場",
        startsAt: new Date("2026-12-05T10:00:00+09:00"),
        endsAt: new Date("2026-12-05T11:30:00+09:00"),
        location: "子育て支援センター みどり市中央1-2-3",
        description: "0〜3歳の親子で",
      },
      // 08:30 in Tokyo is the previous day in UTC: the date must not slip.
      {
        uid: "meetup-2@otagai",
        title: "朝の会",
        startsAt: new Date("2026-12-06T08:30:00+09:00"),
        endsAt: new Date("2026-12-06T09:00:00+09:00"),
        location: "公民館",
        cancelled: true,
      },
    ]);
    expect(parse(ics)).toEqual([
      {
        summary: "よちよち広場",
        location: "子育て支援センター みどり市中央1-2-3",
        start: "2026-12-05 10:00",
        end: "2026-12-05 11:30",
        status: "CONFIRMED",
        description: "0〜3歳の親子で",
      },
      { summary: "朝の会", location: "公民館", start: "2026-12-06 08:30", end: "2026-12-06 09:00", status: "CANCELLED", description: null },
    ]);
  });

  it("is a valid empty calendar with no entries", () => {
    expect(parse(calendarFile([], "おたがい"))).toEqual([]);
  });
});

describe("feedEntries", () => {
  it("lists meetups and cares with times and places, never anything about the children", () => {
    const t = (key: string) => ({ careBoth: "預かり・送迎", placeHelperHome: "サポーターの自宅" })[key] ?? key;
    const entries = feedEntries(
      [],
      [
        {
          id: "c1",
          kind: "both",
          startAt: new Date("2026-12-07T16:00:00+09:00"),
          endAt: new Date("2026-12-07T18:00:00+09:00"),
          place: "helper_home",
          placeNote: null,
          pickupPlace: "みどり保育園",
          dropoffPlace: "自宅",
        },
      ],
      "https://otagai.example.jp",
      t,
    );
    const [care] = parse(calendarFile(entries));
    expect(care).toMatchObject({
      summary: "預かり・送迎",
      location: "サポーターの自宅 / みどり保育園 → 自宅",
      start: "2026-12-07 16:00",
      end: "2026-12-07 18:00",
    });
    expect(entries[0]!.url).toBe("https://otagai.example.jp/requests/c1");
  });
});
