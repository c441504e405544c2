// Who gets a seat. Pure: the workflow locks the meetup row, reads the live RSVPs and asks here.

export type Capacity = { capacityAdults: number; capacityChildren: number };
export type Party = { adults: number; children: number };
export type LiveRsvp = Party & { id: string; status: "confirmed" | "waitlisted" | "held"; seq: number };

/** A seat is taken by a confirmed RSVP, and by one held while its member pays (drop lapsed holds first: lib/meetups/paid.ts). */
export const takesSeat = (r: Pick<LiveRsvp, "status">) => r.status === "confirmed" || r.status === "held";

/** Seats taken by confirmed and held RSVPs. */
export function seatsTaken(rsvps: readonly LiveRsvp[]): Party {
  let adults = 0;
  let children = 0;
  for (const r of rsvps) {
    if (!takesSeat(r)) continue;
    adults += r.adults;
    children += r.children;
  }
  return { adults, children };
}

/** Seats still free (never below zero, even after the organiser lowered the capacity). */
export function seatsLeft(capacity: Capacity, rsvps: readonly LiveRsvp[]): Party {
  const taken = seatsTaken(rsvps);
  return {
    adults: Math.max(0, capacity.capacityAdults - taken.adults),
    children: Math.max(0, capacity.capacityChildren - taken.children),
  };
}

const fits = (party: Party, left: Party) => party.adults <= left.adults && party.children <= left.children;

/** A new RSVP has a seat if its whole party fits in the seats left (held while paying, at a paid meetup), and waits otherwise. */
export function seatFor(capacity: Capacity, rsvps: readonly LiveRsvp[], party: Party): "confirmed" | "waitlisted" {
  return fits(party, seatsLeft(capacity, rsvps)) ? "confirmed" : "waitlisted";
}

/**
 * The waitlisted RSVPs that now have a seat, in arrival order: each, first come first served, whose
 * party fits in what the ones before it left free (a family of four does not hold up a single adult).
 */
export function promotions(capacity: Capacity, rsvps: readonly LiveRsvp[]): string[] {
  const left = seatsLeft(capacity, rsvps);
  const promoted: string[] = [];
  const waiting = rsvps.filter((r) => r.status === "waitlisted").sort((a, b) => a.seq - b.seq);
  for (const r of waiting) {
    if (!fits(r, left)) continue;
    left.adults -= r.adults;
    left.children -= r.children;
    promoted.push(r.id);
  }
  return promoted;
}

/** The organiser may not lower the capacity below the seats already confirmed. */
export function capacityBelowTaken(capacity: Capacity, rsvps: readonly LiveRsvp[]): boolean {
  const taken = seatsTaken(rsvps);
  return capacity.capacityAdults < taken.adults || capacity.capacityChildren < taken.children;
}

/** Where each waitlisted RSVP stands (1 = next), by arrival. */
export function waitlistPosition(rsvps: readonly LiveRsvp[], id: string): number | null {
  const waiting = rsvps.filter((r) => r.status === "waitlisted").sort((a, b) => a.seq - b.seq);
  const i = waiting.findIndex((r) => r.id === id);
  return i < 0 ? null : i + 1;
}
