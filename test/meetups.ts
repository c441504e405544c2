import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { members } from "@/db/schema";
import type { NewMeetupInput } from "@/lib/meetups/schema";
import { atTokyo } from "@/lib/time/tokyo";
import { newMember } from "./members";

/** A member certified as an organiser through `until` (a Tokyo date). */
export async function newOrganiser(db: Db, o: { name?: string; until?: string | null; town?: string } = {}) {
  const m = await newMember(db, { name: o.name ?? "主催 花子", kana: "しゅさい はなこ", town: o.town });
  await db
    .update(members)
    .set({ organiserCertifiedUntil: o.until === undefined ? "2099-12-31" : o.until, capabilities: ["parent", "supporter", "organiser"] })
    .where(eq(members.userId, m.id));
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
