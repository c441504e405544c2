import { getTranslations } from "next-intl/server";
import { SiteFrame } from "@/app/_components/site-frame";

export default async function PrivacyPage() {
  const t = await getTranslations("legal");
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("privacyTitle")}</h1>
      <p className="mt-4 whitespace-pre-line">{t("privacyBody")}</p>
    </SiteFrame>
  );
}
