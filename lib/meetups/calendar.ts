import { createEvents, type EventAttributes } from "ics";

/** One entry of an iCalendar file: times and place only (a care's entry never names a child). */
export type CalendarEntry = {
  uid: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  description?: string;
  url?: string;
  cancelled?: boolean;
  updatedAt?: Date;
};

const PRODUCT_ID = "-//Otagai//Meetups//JA";

function toEvent(e: CalendarEntry): EventAttributes {
  return {
    uid: e.uid,
    title: e.title,
    // Stored instants, written as UTC (…Z): every calendar shows them at the right Tokyo time.
    start: e.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: e.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    location: e.location,
    ...(e.description ? { description: e.description } : {}),
    ...(e.url ? { url: e.url } : {}),
    status: e.cancelled ? "CANCELLED" : "CONFIRMED",
    ...(e.updatedAt ? { lastModified: e.updatedAt.getTime() } : {}),
  };
}

/** An iCalendar (RFC 5545) file of the entries; an empty list is a valid empty calendar. */
export function calendarFile(entries: readonly CalendarEntry[], calName?: string): string {
  const header = { productId: PRODUCT_ID, ...(calName ? { calName } : {}) };
  const { error, value } = createEvents(entries.map(toEvent), header);
  if (error || !value) throw error ?? new Error("calendar not generated");
  return value;
}
