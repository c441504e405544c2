import { type StandingRecords, standingOn } from "@/lib/members/standing";
import { tokyoDate } from "@/lib/time/tokyo";
import type { Capacity, Party } from "./capacity";

/** Only a member certified on today's Tokyo date may create, edit or cancel meetups. */
export function mayOrganise(records: StandingRecords, now: Date): boolean {
  return standingOn(records, tokyoDate(now)).certifiedOrganiser;
}

export type MeetupMoment = { status: "scheduled" | "cancelled"; startsAt: Date };

/** RSVPs (and their cancellations) close when the meetup starts, or when it is cancelled. */
export function rsvpOpen(m: MeetupMoment, now: Date): boolean {
  return m.status === "scheduled" && now.getTime() < m.startsAt.getTime();
}

/** An organiser edits or cancels a meetup only before it starts (and not once it is cancelled). */
export function changeable(m: MeetupMoment, now: Date): boolean {
  return rsvpOpen(m, now);
}

/** Why a party cannot come at all (not: why it must wait); null when it may. */
export function partyProblem(capacity: Capacity, party: Party): "meetup_too_many_adults" | "meetup_too_many_children" | null {
  if (party.adults > capacity.capacityAdults) return "meetup_too_many_adults";
  if (party.children > capacity.capacityChildren) return "meetup_too_many_children";
  return null;
}

/** How the fee is paid: nothing, or by card on Stripe Checkout when taking the seat (lib/meetups/paid.ts). */
export function feePayment(feeYen: number): { kind: "free" } | { kind: "card"; yen: number } {
  return feeYen === 0 ? { kind: "free" } : { kind: "card", yen: feeYen };
}
