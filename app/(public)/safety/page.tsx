import { getTranslations } from "next-intl/server";
import { SiteFrame } from "@/app/_components/site-frame";

/**
 * The measures of the MHLW matching-site guideline that apply to Otagai, each with how Otagai
 * meets it. Only what works is listed: a measure is added here when it is built.
 */
const MEASURES = [
  "scope",
  "identity",
  "interview",
  "qualification",
  "insurance",
  "accident",
  "sleep",
  "reports",
  "privacy",
  "cancel",
] as const;

export default async function SafetyPage() {
  const t = await getTranslations("safetyPage");
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{t("intro")}</p>
      <ul className="mt-6 flex flex-col gap-4">
        {MEASURES.map((m) => (
          <li key={m} className="rounded-xl border border-stone-200 bg-white p-4">
            <h2 className="text-lg font-bold">{t(`measures.${m}.title`)}</h2>
            <p className="mt-2">
              <span className="font-medium">{t("howHeading")}: </span>
              {t(`measures.${m}.how`)}
            </p>
          </li>
        ))}
      </ul>
      <p className="mt-6 rounded-xl bg-stone-100 p-4">{t("notCovered")}</p>
    </SiteFrame>
  );
}
