import { ageOnDate, type IsoDate } from "../time/dates";

/** Care is for children aged 1 to 12 on the day of the care (the insurer's rule). */
export const CHILD_MIN_AGE = 1;
export const CHILD_AGE_LIMIT = 13;

export type ChildAgeProblem = "child_too_young" | "child_too_old";

export function childAgeProblem(birthDate: IsoDate, careDate: IsoDate): ChildAgeProblem | null {
  const age = ageOnDate(birthDate, careDate);
  if (age < CHILD_MIN_AGE) return "child_too_young";
  if (age >= CHILD_AGE_LIMIT) return "child_too_old";
  return null;
}

/** At least 1 year and under 13 years old on the care date. */
export function childAgeAllowed(birthDate: IsoDate, careDate: IsoDate): boolean {
  return childAgeProblem(birthDate, careDate) === null;
}
