import { type CareState, isOpenState, type Role } from "@/lib/care";
import { type CareKind, needsRoute } from "@/lib/care/post/schema";
import { type ChildDetails, childSeat } from "@/lib/children";
import type { IsoDate } from "@/lib/time/dates";

export type SeatNeed = "required" | "wanted";

/**
 * Whether the pre-care sheet asks a driver about a child seat: only for 送迎, when a child is
 * under 6 on the day ("required": the law, and the OK action refuses without it) or the parent
 * asked for one for an older child ("wanted"). "required" wins.
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

/** A recipient reads the sheet only while the request is still asking; the parent and the chosen helper always. */
export function preCareSheetVisible(role: Role, state: CareState): boolean {
  return role !== "recipient" || isOpenState(state);
}
