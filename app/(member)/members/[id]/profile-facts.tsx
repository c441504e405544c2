import { getLocale, getTranslations } from "next-intl/server";
import type { FullProfile } from "@/lib/connections/visibility";
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
    [t("capabilities"), profile.capabilities.map((c) => caps(c)).join("・")],
    [
      t("badges"),
      profile.badges.length === 0 ? (
        t("noBadges")
      ) : (
        <ul className="flex flex-wrap gap-2">
          {profile.badges.map((b) => (
            <li key={b} className="rounded-full border border-brand-100 bg-brand-50 px-3 py-0.5 text-sm font-medium text-brand-900">{t(`badge.${b}`)}</li>
          ))}
        </ul>
      ),
    ],
    [t("memberSince"), formatDate(profile.memberSince, locale)],
    [t("completedCares"), t("completedCaresCount", { count: profile.completedCares })],
  ];
  return (
    <dl className="mt-6 divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
      {rows.map(([label, value]) => (
        <div key={label} className="grid gap-1 px-4 py-3 sm:grid-cols-3">
          <dt className="text-sm font-medium text-stone-700">{label}</dt>
          <dd className="sm:col-span-2">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
