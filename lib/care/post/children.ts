import { childSeatRequired } from "@/lib/children/rules";
import { type ChildAgeProblem, childAgeProblem } from "@/lib/insurance";
import { ageOnDate, type IsoDate } from "@/lib/time/dates";
import { tokyoDate } from "@/lib/time/tokyo";
import { type CareKind, needsRoute } from "./schema";

export type CareChild = { id: string; name: string; birthDate: IsoDate };
export type ChildProblem = { childId: string; name: string; reason: ChildAgeProblem; ageYears: number };

/** The first child who cannot be cared for on the care day (ages 1–12 on that Tokyo date), if any. */
export function childProblemOn(children: readonly CareChild[], careStart: Date): ChildProblem | null {
  const careDate = tokyoDate(careStart);
  for (const child of children) {
    const reason = childAgeProblem(child.birthDate, careDate);
    if (reason) return { childId: child.id, name: child.name, reason, ageYears: ageOnDate(child.birthDate, careDate) };
  }
  return null;
}

/** A helper who offers 送迎 for a child under 6 confirms a child seat (Road Traffic Act art. 71-3). */
export function childSeatNeeded(kind: CareKind, children: readonly Pick<CareChild, "birthDate">[], careStart: Date): boolean {
  if (!needsRoute(kind)) return false;
  const careDate = tokyoDate(careStart);
  return children.some((c) => childSeatRequired(c.birthDate, careDate));
}
