import { useTranslations } from "next-intl";
import type { InsuranceDecision } from "@/lib/insurance";

const CHILD_REASONS = new Set(["child_too_young", "child_too_old"]);

/**
 * Insured or not, and why not, in plain words. `names` maps child ids to names, so a reason
 * about one child names them. `tense` is "would" before matching and "is" after.
 */
export function InsuranceOutcome({
  decision,
  names,
  tense,
}: {
  decision: InsuranceDecision;
  names: Record<string, string>;
  tense: "would" | "is";
}) {
  const t = useTranslations("care.insurance");
  const tone = decision.insured ? "border-brand-100 bg-brand-50 text-brand-900" : "border-amber-300 bg-amber-50 text-amber-950";
  const general = decision.reasons.filter((r) => !CHILD_REASONS.has(r));
  return (
    <div className={`rounded-xl border p-4 ${tone}`}>
      <p className="font-bold">{t(`${tense}.${decision.insured ? "insured" : "notInsured"}`)}</p>
      {decision.insured ? (
        <p className="mt-1 text-sm">{t("coverage")}</p>
      ) : (
        <ul className="mt-1 list-disc pl-5">
          {general.map((r) => (
            <li key={r}>{t(`reason.${r}`)}</li>
          ))}
          {decision.childReasons.map((c) => (
            <li key={c.childId}>{t(`reason.${c.reason}`, { name: names[c.childId] ?? "", age: c.ageYears })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
