import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { SiteFrame } from "./_components/site-frame";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-3">{t("notFoundBody")}</p>
      <Link href="/" className="mt-6 inline-block font-medium text-brand-800 underline">
        {t("goHome")}
      </Link>
    </SiteFrame>
  );
}
