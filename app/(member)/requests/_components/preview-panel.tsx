import { useTranslations } from "next-intl";
import { Section } from "@/app/(member)/connections/_components/section";
import type { RequestPreview } from "@/lib/care/post/preview";
import { InsuranceOutcome } from "./insurance-outcome";
import { durationParts } from "./money";
import { ThanksLines } from "./thanks-lines";

/** The thank-you the rulebook will ask for these times, and whether the care would be insured. */
export function PreviewPanel({ preview, names, id = "preview" }: { preview: RequestPreview; names: Record<string, string>; id?: string }) {
  const t = useTranslations("care");
  const errors = useTranslations("errors.field");
  const thanks = preview.thanks;
  const duration = (minutes: number) => t("duration", durationParts(minutes));
  return (
    <Section id={id} title={t("preview.title")}>
      <div aria-live="polite" className="flex flex-col gap-4">
        {thanks === null && <p className="text-stone-700">{t("preview.chooseFirst")}</p>}
        {thanks?.ok === false && <p className="text-stone-700">{errors(`care_thanks_${thanks.error}`)}</p>}
        {thanks?.ok && (
          <div className="flex flex-col gap-2">
            <ThanksLines breakdown={thanks.breakdown} totalLabel={t("preview.total")} />
            {thanks.breakdown.chargedMinutes !== thanks.breakdown.actualMinutes && (
              <p className="text-sm text-stone-700">
                {t("preview.charged", {
                  actual: duration(thanks.breakdown.actualMinutes),
                  charged: duration(thanks.breakdown.chargedMinutes),
                })}
              </p>
            )}
            <p className="text-sm text-stone-700">{t("preview.note")}</p>
          </div>
        )}
        <div>
          <h3 className="mb-2 font-bold">{t("preview.insuranceTitle")}</h3>
          <InsuranceOutcome decision={preview.insurance} names={names} tense="would" />
        </div>
      </div>
    </Section>
  );
}
