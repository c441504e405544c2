import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { newTicketToken } from "@/db/queries/meetups";
import { meetupRsvps, meetups, members } from "@/db/schema";
import type { NewMeetupInput } from "@/lib/meetups/schema";
import { atTokyo } from "@/lib/time/tokyo";
import { newMember } from "./members";

/** A member certified as an organiser through `until` (a Tokyo date). */
export async function newOrganiser(db: Db, o: { name?: string; until?: string | null; town?: string } = {}) {
  const m = await newMember(db, { name: o.name ?? "主催 花子", kana: "しゅさい はなこ", town: o.town });
  await makeOrganiser(db, m.id, o.until === undefined ? "2099-12-31" : o.until);
  return m;
}

/** A meetup's form values as the schema returns them: 10:00–11:30 Tokyo on `date`. */
export function meetupInput(date: string, more: Partial<NewMeetupInput> = {}): NewMeetupInput {
  return {
    title: "よちよち広場",
    description: "0〜3歳の親子で遊びましょう。",
    venueName: "子育て支援センター",
    venueAddress: "みどり市中央1-2-3",
    mapUrl: null,
    date,
    startClock: "10:00",
    endClock: "11:30",
    startsAt: atTokyo(date, "10:00"),
    endsAt: atTokyo(date, "11:30"),
    capacityAdults: 10,
    capacityChildren: 10,
    ageMin: 0,
    ageMax: 3,
    feeYen: 0,
    recurrence: null,
    ...more,
  };
}

// Meetups and RSVPs written straight into the tables, for tests of what happens at and after the
// meetup (check-in, walk-ins, people I met). Creating and RSVPing go through their own workflows
// elsewhere; these rows are what those leave behind.

/** A meetup organised by `organiserId` in the organiser's municipality; times default to now → two hours later. */
export async function insertMeetup(
  db: Db,
  organiserId: string,
  o: { title?: string; startsAt?: Date; endsAt?: Date; status?: "scheduled" | "cancelled"; capacityAdults?: number; feeYen?: number } = {},
) {
  const [organiser] = await db.select({ town: members.municipalityId }).from(members).where(eq(members.userId, organiserId));
  if (!organiser) throw new Error(`no member ${organiserId}`);
  const startsAt = o.startsAt ?? new Date();
  const [row] = await db
    .insert(meetups)
    .values({
      organiserId,
      municipalityId: organiser.town,
      title: o.title ?? "親子ひろば",
      venueName: "みどり市 子育て支援センター",
      venueAddress: "みどり市中央1-1",
      startsAt,
      endsAt: o.endsAt ?? new Date(startsAt.getTime() + 2 * 3600_000),
      capacityAdults: o.capacityAdults ?? 10,
      capacityChildren: 10,
      feeYen: o.feeYen ?? 0,
      status: o.status ?? "scheduled",
    })
    .returning();
  return row!;
}

/** An RSVP with its ticket: confirmed unless said. */
export async function insertRsvp(
  db: Db,
  meetupId: string,
  memberId: string,
  o: {
    status?: "confirmed" | "waitlisted" | "cancelled";
    adults?: number;
    children?: number;
    checkedInAt?: Date;
    checkedInBy?: string;
  } = {},
) {
  const [row] = await db
    .insert(meetupRsvps)
    .values({
      meetupId,
      memberId,
      adults: o.adults ?? 1,
      children: o.children ?? 1,
      status: o.status ?? "confirmed",
      ticketToken: newTicketToken(),
      checkedInAt: o.checkedInAt ?? null,
      checkedInBy: o.checkedInBy ?? null,
    })
    .returning();
  return row!;
}

/** Makes the member a certified organiser for the tests (the capability and a certification in force). */
export async function makeOrganiser(db: Db, userId: string, until: string | null = "2099-12-31") {
  await db
    .update(members)
    .set({ capabilities: ["parent", "supporter", "organiser"], organiserCertifiedUntil: until })
    .where(eq(members.userId, userId));
}
