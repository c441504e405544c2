import { type CareKind, needsRoute } from "@/lib/care/post/schema";
import { type ChildDetails, childSeat } from "@/lib/children";
import { ageOnDate, type IsoDate } from "@/lib/time/dates";
import { type CareState, isOpenState, type Role } from "../states";

export type SeatNeed = "required" | "wanted";

/**
 * Whether a driver is asked about a child seat: only for 送迎, when a child is under 6 on the day
 * ("required": the law, and the OK action refuses without it) or the parent asked for one for an
 * older child ("wanted"). "required" wins.
 */
export function seatNeed(
  kind: CareKind,
  careDate: IsoDate,
  children: { birthDate: IsoDate; details: Pick<ChildDetails, "childSeatWanted"> }[],
): SeatNeed | null {
  if (!needsRoute(kind)) return null;
  const seats = children.map((c) => childSeat(c.birthDate, careDate, c.details));
  if (seats.includes("required")) return "required";
  return seats.includes("wanted") ? "wanted" : null;
}

/**
 * What someone asked needs to know to decide, and no more (DOMAIN.md "Care requests"): each
 * child's age on the day, whether the parent wrote allergy notes (not what they say), and the
 * child seat. The habits, foods, health details and contacts open for the chosen helper only,
 * in the care window (lib/care/visibility.ts careDetailsVisible).
 */
export interface NeedToKnow {
  kind: CareKind;
  careDate: IsoDate;
  seatNeed: SeatNeed | null;
  children: { id: string; name: string; ageYears: number; allergyNotes: boolean; seat: "required" | "wanted" | "not_needed" }[];
}

export function needToKnow(
  kind: CareKind,
  careDate: IsoDate,
  children: { id: string; name: string; birthDate: IsoDate; details: Pick<ChildDetails, "allergies" | "childSeatWanted"> }[],
): NeedToKnow {
  return {
    kind,
    careDate,
    seatNeed: seatNeed(kind, careDate, children),
    children: children.map((c) => ({
      id: c.id,
      name: c.name,
      ageYears: ageOnDate(c.birthDate, careDate),
      allergyNotes: c.details.allergies.trim() !== "",
      seat: needsRoute(kind) ? childSeat(c.birthDate, careDate, c.details) : "not_needed",
    })),
  };
}

/** A recipient reads the summary only while the request is still asking; the parent and the chosen helper always. */
export function needToKnowVisible(role: Role, state: CareState): boolean {
  return role !== "recipient" || isOpenState(state);
}
