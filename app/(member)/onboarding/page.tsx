import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { listMunicipalitiesWithDistricts } from "@/db/queries/places";
import { requireUser } from "@/lib/auth/viewer";
import { OnboardingForm } from "./onboarding-form";

export default async function OnboardingPage() {
  const viewer = await requireUser();
  if (viewer.member) redirect("/home");
  const t = await getTranslations("onboarding");
  const locale = await getLocale();
  const places = await listMunicipalitiesWithDistricts(db());
  const options = places.map((m) => ({
    id: m.id,
    name: locale === "en" ? `${m.nameEn} (${m.prefectureEn})` : `${m.prefectureJa} ${m.nameJa}`,
    districts: m.districts.map((d) => ({ id: d.id, name: locale === "en" ? d.nameEn : d.nameJa })),
  }));
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{t("intro")}</p>
      <ClientMessages namespaces={["onboarding", "common"]}>
        <OnboardingForm municipalities={options} />
      </ClientMessages>
    </SiteFrame>
  );
}
