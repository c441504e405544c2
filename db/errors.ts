/** True when the database refused a row because of a unique constraint (23505), whichever driver. */
export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  for (let cur: unknown = e, depth = 0; cur && depth < 4; cur = (cur as { cause?: unknown }).cause, depth++) {
    const err = cur as { code?: string; constraint?: string; constraint_name?: string };
    if (err.code === "23505") {
      const name = err.constraint ?? err.constraint_name;
      return !constraint || !name || name === constraint;
    }
  }
  return false;
}
