import { getTranslations } from "next-intl/server";
import { careAgeProblem } from "@/lib/children";

/** Says so when a child on the profile is outside the ages care is for (1–12). */
export async function CareAgeNote({ birthDate, today }: { birthDate: string; today: string }) {
  const t = await getTranslations("children");
  const problem = careAgeProblem(birthDate, today);
  if (!problem) return null;
  return <p className="text-sm text-amber-900">{t(problem === "child_too_young" ? "careTooYoung" : "careTooOld")}</p>;
}
