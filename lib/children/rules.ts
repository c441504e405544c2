import { type ChildAgeProblem, childAgeProblem } from "@/lib/insurance";
import { ageOnDate } from "@/lib/time/dates";
import type { ChildDetails } from "./details";
import { hasHealthDetails } from "./details";

/** A child of 0–17 may be on the profile (a baby sibling, an older one); care itself is for 1–12. */
export const PROFILE_MAX_AGE = 17;

/** Road Traffic Act art. 71-3: a child under 6 must ride in a child seat. */
export const CHILD_SEAT_AGE = 6;

export function childSeatRequired(birthDate: string, onDate: string): boolean {
  return ageOnDate(birthDate, onDate) < CHILD_SEAT_AGE;
}

/** What the pre-care sheet says about a child seat on a day: the law's rule first, then the parent's wish. */
export function childSeat(birthDate: string, onDate: string, details: Pick<ChildDetails, "childSeatWanted">) {
  if (childSeatRequired(birthDate, onDate)) return "required" as const;
  return details.childSeatWanted ? ("wanted" as const) : ("not_needed" as const);
}

/** Why care cannot be arranged for this child today, if it cannot (too young or too old). */
export function careAgeProblem(birthDate: string, today: string): ChildAgeProblem | null {
  return childAgeProblem(birthDate, today);
}

/**
 * How a viewer may see a child: only its parent, who may also change it. The care issue adds
 * { as: "helper" } (read-only care details) for the chosen helper during the care window
 * (lib/care/visibility.ts careDetailsVisible); the queries stay scoped the same way.
 */
export type ChildAccess = { as: "parent"; canEdit: true };

export function childAccess(viewerId: string, child: { parentId: string; removedAt?: Date | null }): ChildAccess | null {
  if (child.removedAt) return null;
  return child.parentId === viewerId ? { as: "parent", canEdit: true } : null;
}

/**
 * When the parent consented to keeping health details: the earlier consent stands while health
 * details remain, a save without any clears it. Refuses health details saved without consent.
 */
export function healthConsentAt(details: ChildDetails, consentGiven: boolean, previous: Date | null, now: Date): Date | null {
  if (!hasHealthDetails(details)) return null;
  if (!consentGiven) throw new Error("health details need the parent's consent");
  return previous ?? now;
}
