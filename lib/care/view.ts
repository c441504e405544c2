import { type CareState, isOpenState } from "./states";

export type ViewerRole = "parent" | "helper" | "recipient";

/**
 * What a request's state is called for this viewer. A recipient who was not chosen only ever
 * learns that the request was solved: not who, and not what happened to the care afterwards.
 */
export type StatusKey = CareState | "solved";

const CLOSED_UNSOLVED: ReadonlySet<CareState> = new Set(["expired", "withdrawn"]);

export function statusFor(role: ViewerRole, state: CareState): StatusKey {
  if (role !== "recipient") return state;
  if (isOpenState(state)) return "open";
  return CLOSED_UNSOLVED.has(state) ? state : "solved";
}

/** The request row without what a recipient must not learn (who was chosen, insurance, cancellation). */
export function shapeForRole<
  R extends {
    helperId: string | null;
    matchedAt: Date | null;
    insured: boolean | null;
    insuranceSnapshot: unknown;
    cancelledBy: string | null;
    cancelReason: string | null;
  },
>(role: ViewerRole, request: R): R {
  if (role !== "recipient") return request;
  return { ...request, helperId: null, matchedAt: null, insured: null, insuranceSnapshot: null, cancelledBy: null, cancelReason: null };
}

/** The rulebook in force for a parent: their municipality's adopted one, else the default. */
export const DEFAULT_RULEBOOK_KEY = "default";
export function rulebookKeyFor(adopted: string | null | undefined): string {
  return adopted ?? DEFAULT_RULEBOOK_KEY;
}

/** Lists read best with what is still ahead first (soonest first), then the past (latest first). */
export function upcomingFirst<R extends { startAt: Date }>(rows: readonly R[], now: Date): R[] {
  const ahead = rows.filter((r) => r.startAt.getTime() >= now.getTime()).sort((a, b) => a.startAt.getTime() - b.startAt.getTime());
  const past = rows.filter((r) => r.startAt.getTime() < now.getTime()).sort((a, b) => b.startAt.getTime() - a.startAt.getTime());
  return [...ahead, ...past];
}
