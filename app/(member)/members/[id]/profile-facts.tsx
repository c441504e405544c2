import { getLocale, getTranslations } from "next-intl/server";
import { FactsList } from "@/app/_components/facts-list";
import type { FullProfile } from "@/lib/connections/visibility";
import { joinList } from "@/lib/i18n/list";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate } from "@/lib/time/format";

/** What a connection sees; the limited view never reaches this component. */
export async function ProfileFacts({ profile }: { profile: FullProfile }) {
  const t = await getTranslations("memberProfile");
  const caps = await getTranslations("capabilities");
  const locale = (await getLocale()) as Locale;
  const en = locale === "en";
  const rows: [string, React.ReactNode][] = [
    [t("place"), en ? `${profile.district.en}, ${profile.municipality.en}` : `${profile.municipality.ja} ${profile.district.ja}`],
    [
      t("capabilities"),
      joinList(
        profile.capabilities.map((c) => caps(c)),
        locale,
      ),
    ],
    [
      t("badges"),
      profile.badges.length === 0 ? (
        t("noBadges")
      ) : (
        <ul className="flex flex-wrap gap-2">
          {profile.badges.map((b) => (
            <li key={b} className="rounded-full border border-brand-100 bg-brand-50 px-3 py-0.5 text-sm font-medium text-brand-900">
              {t(`badge.${b}`)}
            </li>
          ))}
        </ul>
      ),
    ],
    [t("memberSince"), formatDate(profile.memberSince, locale)],
    [t("completedCares"), t("completedCaresCount", { count: profile.completedCares })],
  ];
  return <FactsList rows={rows} />;
}
