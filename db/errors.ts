import { describeDbError } from "@/lib/db-errors";

/** True when the database refused a row because of a unique constraint (23505), whichever driver. */
export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  const d = describeDbError(e);
  return d?.code === "23505" && (!constraint || !d.constraint || d.constraint === constraint);
}
