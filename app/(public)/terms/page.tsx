import { getTranslations } from "next-intl/server";
import { SiteFrame } from "@/app/_components/site-frame";

export default async function TermsPage() {
  const t = await getTranslations("legal");
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("termsTitle")}</h1>
      <p className="mt-4 whitespace-pre-line">{t("termsBody")}</p>
    </SiteFrame>
  );
}
