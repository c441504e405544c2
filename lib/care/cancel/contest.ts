/** A member may contest a no-show recorded against them for this many days after it was recorded. */
export const CONTEST_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

type ContestFacts = { kind: "late_cancellation" | "no_show"; createdAt: Date; contestedAt: Date | null };

/** The last moment a record may be contested (exclusive). */
export function contestDeadline(recordedAt: Date): Date {
  return new Date(recordedAt.getTime() + CONTEST_DAYS * DAY_MS);
}

/**
 * Whether the member may still contest the record: only a no-show (a late cancellation is the
 * member's own doing), once, within CONTEST_DAYS of it being recorded.
 */
export function contestOpen(r: ContestFacts, now: Date): boolean {
  return r.kind === "no_show" && r.contestedAt === null && now.getTime() < contestDeadline(r.createdAt).getTime();
}

export type ContestOutcome = "upheld" | "rejected";
export const CONTEST_OUTCOMES = ["upheld", "rejected"] as const satisfies readonly ContestOutcome[];

/** Where a contest stands, as the member sees it on their record. */
export function contestStatus(r: { contestedAt: Date | null; contestRejectedAt: Date | null }): "none" | "waiting" | "rejected" {
  if (!r.contestedAt) return "none";
  return r.contestRejectedAt ? "rejected" : "waiting";
}
