import "server-only";
import type { Db } from "@/db/client";
import { endedMeetupSeats, listMetRequests } from "@/db/queries/meetup-attendance";
import { isAppError } from "@/lib/errors";
import { answerMetRequest } from "@/lib/meetups/workflows/answer-met-request";
import { askToConnect } from "@/lib/meetups/workflows/ask-to-connect";
import { checkIn } from "@/lib/meetups/workflows/check-in";

const MINUTE = 60_000;

/**
 * What happened at the demo's past meetups, through the app's own workflows at the meetup's own
 * time: the organiser checked in every confirmed seat but each fourth (someone always stays home),
 * and attendees checked in one after another paired off and connected from "people I met".
 * Call it after the meetups and their RSVPs are seeded: `await seedMeetupAttendance(db, now)`.
 * Running it again adds nothing: checked-in seats, asked or connected pairs are left as they are.
 */
export async function seedMeetupAttendance(db: Db, now: Date): Promise<{ checkedIn: number; connected: number }> {
  const seats = await endedMeetupSeats(db, now);
  // Node 20 has no Map.groupBy.
  const byMeetup = new Map<string, typeof seats>();
  for (const s of seats) byMeetup.set(s.meetup.id, [...(byMeetup.get(s.meetup.id) ?? []), s]);
  let checkedIn = 0;
  let connected = 0;
  for (const list of byMeetup.values()) {
    const meetup = list[0]!.meetup;
    const arrived = list.filter((_, i) => i % 4 !== 3);
    for (const [i, seat] of arrived.entries()) {
      if (seat.checkedInAt) continue;
      await checkIn(db, meetup.organiserId, meetup.id, { rsvpId: seat.rsvpId }, new Date(meetup.startsAt.getTime() + i * MINUTE));
      checkedIn += 1;
    }
    const afterwards = new Date(meetup.endsAt.getTime() + 10 * MINUTE);
    for (let i = 0; i + 1 < arrived.length; i += 2) {
      const [a, b] = [arrived[i]!.memberId, arrived[i + 1]!.memberId];
      if ((await listMetRequests(db, meetup.id, a)).some((r) => r.fromUser === b || r.toUser === b)) continue;
      try {
        const { outcome } = await askToConnect(db, a, meetup.id, b, afterwards);
        if (outcome === "asked") {
          const [request] = (await listMetRequests(db, meetup.id, b)).filter((r) => r.fromUser === a && r.status === "pending");
          if (request) await answerMetRequest(db, b, request.id, true, afterwards);
        }
        connected += 1;
      } catch (e) {
        // Already connected, blocked, or suspended since: the demo leaves that pair alone.
        if (!isAppError(e)) throw e;
      }
    }
  }
  return { checkedIn, connected };
}
