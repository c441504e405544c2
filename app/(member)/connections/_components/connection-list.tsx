import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import type { listConnections } from "@/db/queries/connections";
import { haveMet } from "@/lib/connections/met";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate } from "@/lib/time/format";
import { Section } from "./section";

type Connections = Awaited<ReturnType<typeof listConnections>>;

export async function ConnectionList({ connections }: { connections: Connections }) {
  const t = await getTranslations("connections");
  const privacy = await getTranslations("privacy");
  const locale = (await getLocale()) as Locale;
  return (
    <Section id="list" title={t("listTitle", { count: connections.length })}>
      {connections.length === 0 ? (
        <p className="text-stone-700">{t("listEmpty")}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-stone-200">
          {connections.map(({ connection, otherId, displayName, districtJa, districtEn, meetupTitle }) => (
            <li key={otherId} className="flex flex-col gap-1 py-3 first:pt-0 last:pb-0">
              <div className="flex flex-wrap items-baseline gap-x-3">
                {/* A member who deleted their account has no name and no page any more (lib/privacy). */}
                {displayName === "" ? (
                  <span className="text-lg font-medium text-stone-700">{privacy("formerMember")}</span>
                ) : (
                  <Link href={`/members/${otherId}`} className="text-lg font-medium text-brand-800 underline underline-offset-4">
                    {displayName}
                  </Link>
                )}
                <span className="text-sm text-stone-600">{locale === "en" ? districtEn : districtJa}</span>
              </div>
              <p className="text-sm text-stone-700">
                {connection.provenance === "meetup" && meetupTitle
                  ? t("metAt", { date: formatDate(connection.createdAt, locale), title: meetupTitle })
                  : t("madeOn", { date: formatDate(connection.createdAt, locale), how: t(`provenance.${connection.provenance}`) })}
              </p>
              <p>
                <MetTag met={haveMet(connection)} label={t(haveMet(connection) ? "met" : "notMet")} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function MetTag({ met, label }: { met: boolean; label: string }) {
  const tone = met ? "bg-brand-50 text-brand-900 border-brand-100" : "bg-amber-50 text-amber-900 border-amber-200";
  return <span className={`inline-block rounded-full border px-3 py-0.5 text-sm font-medium ${tone}`}>{label}</span>;
}
