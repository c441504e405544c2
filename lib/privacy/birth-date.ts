import { ageBand } from "@/lib/stats/figures";

const bandOn = (birthDate: string, careStart: Date) =>
  ageBand({ youngestBirthDate: birthDate, startAt: careStart } as Parameters<typeof ageBand>[0]);

/**
 * What is kept of a deleted member's child's birth date: the start of the birth year, or else of the
 * birth month, whichever first leaves the child in the same age band (lib/stats) at every care they
 * were in, so that no past month's figures move. Only when both would move a care across a band
 * edge (a care in the birth month, on a 3rd, 6th, 9th or 13th birthday month) is the day kept.
 */
export function coarseBirthDate(birthDate: string, careStarts: readonly Date[]): string {
  const [year, month] = birthDate.split("-");
  const keepsBands = (candidate: string) => careStarts.every((s) => bandOn(candidate, s) === bandOn(birthDate, s));
  return [`${year}-01-01`, `${year}-${month}-01`].find(keepsBands) ?? birthDate;
}

/** An adult's birth date as kept after deletion: the first day of its decade (nothing in the statistics reads it). */
export function decadeOf(birthDate: string): string {
  return `${birthDate.slice(0, 3)}0-01-01`;
}
