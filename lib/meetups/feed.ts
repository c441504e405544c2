import type { CalendarEntry } from "./calendar";

type Translate = (key: string) => string;

/** What a calendar entry says about a meetup: when and where, never who comes. */
export type CalendarMeetup = {
  id: string;
  title: string;
  venueName: string;
  venueAddress: string;
  startsAt: Date;
  endsAt: Date;
  status: "scheduled" | "cancelled";
  description?: string;
  updatedAt?: Date;
};
export type FeedCare = {
  id: string;
  kind: "azukari" | "soge" | "both";
  startAt: Date;
  endAt: Date;
  place: "helper_home" | "parent_home" | "other" | null;
  placeNote: string | null;
  pickupPlace: string | null;
  dropoffPlace: string | null;
};

const CARE_TITLE = { azukari: "careAzukari", soge: "careSoge", both: "careBoth" } as const;
const PLACE = { helper_home: "placeHelperHome", parent_home: "placeParentHome" } as const;

/** Where a care happens, in the words the request used: never a child's name or details. */
function carePlace(c: FeedCare, t: Translate): string {
  const parts: string[] = [];
  if (c.place && c.place !== "other") parts.push(t(PLACE[c.place]));
  if (c.placeNote) parts.push(c.placeNote);
  if (c.pickupPlace && c.dropoffPlace) parts.push(`${c.pickupPlace} → ${c.dropoffPlace}`);
  return parts.join(" / ");
}

/** A meetup's calendar entry, the same in its own .ics file and in a member's feed. */
export function meetupEntry(m: CalendarMeetup, origin: string): CalendarEntry {
  return {
    uid: `meetup-${m.id}@otagai`,
    title: m.title,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    location: `${m.venueName} ${m.venueAddress}`,
    ...(m.description ? { description: m.description } : {}),
    url: `${origin}/meetups/${m.id}`,
    cancelled: m.status === "cancelled",
    ...(m.updatedAt ? { updatedAt: m.updatedAt } : {}),
  };
}

/** A member's personal feed: their meetups and matched cares, times and places only. */
export function feedEntries(meetups: readonly CalendarMeetup[], cares: readonly FeedCare[], origin: string, t: Translate): CalendarEntry[] {
  return [
    ...meetups.map((m) => meetupEntry(m, origin)),
    ...cares.map((c) => ({
      uid: `care-${c.id}@otagai`,
      title: t(CARE_TITLE[c.kind]),
      startsAt: c.startAt,
      endsAt: c.endAt,
      location: carePlace(c, t),
      url: `${origin}/requests/${c.id}`,
    })),
  ];
}
