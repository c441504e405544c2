import { getTranslations } from "next-intl/server";
import { SiteFrame } from "@/app/_components/site-frame";

// In the order a member meets them; "agency" is the receiving of card payments on the supporter's behalf (代理受領).
const SECTIONS = ["service", "members", "care", "thanks", "agency", "insurance", "conduct"] as const;

export default async function TermsPage() {
  const legal = await getTranslations("legal");
  const t = await getTranslations("termsPage");
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{legal("termsTitle")}</h1>
      {SECTIONS.map((s, i) => (
        <section key={s} aria-labelledby={`terms-${s}`} className="mt-6">
          <h2 id={`terms-${s}`} className="text-lg font-bold">
            {i + 1}. {t(`sections.${s}.title`)}
          </h2>
          <p className="mt-2 whitespace-pre-line">{t(`sections.${s}.body`)}</p>
        </section>
      ))}
    </SiteFrame>
  );
}
