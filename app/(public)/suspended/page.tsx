import { getTranslations } from "next-intl/server";
import { SiteFrame } from "@/app/_components/site-frame";

export default async function SuspendedPage() {
  const t = await getTranslations("suspended");
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-4">{t("body")}</p>
    </SiteFrame>
  );
}
