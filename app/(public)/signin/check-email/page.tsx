import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";

export default async function CheckEmailPage() {
  const t = await getTranslations("signIn");
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("checkEmailTitle")}</h1>
      <p className="mt-3">{t("checkEmailBody")}</p>
      <p className="mt-2 text-stone-700">{t("checkEmailHint")}</p>
      <Link href="/signin" className="mt-6 inline-block font-medium text-brand-800 underline">
        {t("tryAgain")}
      </Link>
    </SiteFrame>
  );
}
