import { getLocale, getTranslations } from "next-intl/server";
import { SiteFrame } from "@/app/_components/site-frame";
import { RELIABILITY_MONTHS } from "@/lib/care/cancel/reliability";
import { env } from "@/lib/env";
import { RETENTION } from "@/lib/privacy/retention";

/** A country's name in the reader's language (日本, Japan). */
const countryName = (code: string, locale: string) => new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;

// Says exactly what the site does: the periods are read from the one retention schedule.
export default async function PrivacyPage() {
  const t = await getTranslations("privacy.page");
  const locale = await getLocale();
  const section = (key: string, body: React.ReactNode) => (
    <section key={key} aria-labelledby={`privacy-${key}`} className="mt-6">
      <h2 id={`privacy-${key}`} className="text-lg font-bold">
        {t(`${key}Title`)}
      </h2>
      {body}
    </section>
  );
  const periods: [string, number | null][] = [
    ["retentionViews", RETENTION.careDetailViews.days],
    ["retentionNaps", RETENTION.napChecks.days],
    ["retentionIncidents", RETENTION.incidentDetails.days],
    ["retentionNotifications", RETENTION.notifications.days],
    ["retentionExports", RETENTION.exports.days],
    ["retentionTokens", null],
  ];
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {section("collect", <p className="mt-2">{t("collect")}</p>)}
      {section("health", <p className="mt-2">{t("health")}</p>)}
      {section("where", <p className="mt-2">{t("where", { country: countryName(env().DATA_COUNTRY, locale) })}</p>)}
      {section("stats", <p className="mt-2">{t("stats")}</p>)}
      {section("export", <p className="mt-2">{t("export", { days: RETENTION.exports.days })}</p>)}
      {section("delete", <p className="mt-2">{t("delete")}</p>)}
      {section(
        "retention",
        <ul className="mt-2 list-disc pl-6">
          {periods.map(([key, days]) => (
            <li key={key}>{days === null ? t(key) : t(key, { days })}</li>
          ))}
          <li>{t("retentionReliability", { months: RELIABILITY_MONTHS })}</li>
        </ul>,
      )}
    </SiteFrame>
  );
}
