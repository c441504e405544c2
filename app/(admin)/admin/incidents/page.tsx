import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { listIncidentQueue } from "@/db/queries/care-incidents";
import { requireAdmin } from "@/lib/auth/viewer";
import { openIncidentTexts } from "@/lib/care/during/sealed-texts";
import { appKey } from "@/lib/crypto/app-key";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/time/format";
import { Badges } from "./_components/badges";

/** Incidents from every care: open ones first, serious before minor. */
export default async function IncidentQueuePage() {
  await requireAdmin();
  const t = await getTranslations("adminIncidents");
  const locale = (await getLocale()) as Locale;
  const rows = openIncidentTexts(await listIncidentQueue(db()), appKey);
  return (
    <SiteFrame wide>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-stone-700">{t("intro")}</p>
      {rows.length === 0 ? (
        <p className="mt-6 text-stone-700">{t("empty")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="mt-6 flex flex-col gap-3">
          {rows.map((r) => (
            <li
              key={r.id}
              className={`rounded-xl border bg-white p-4 ${r.handledAt ? "border-stone-200" : r.severity === "serious" ? "border-2 border-red-700" : "border-stone-400"}`}
            >
              <Link href={`/admin/incidents/${r.id}`} className="flex min-h-11 flex-col gap-1">
                <Badges severity={r.severity} seriousKind={r.seriousKind} handled={r.handledAt !== null} />
                <span className="line-clamp-2 font-medium text-brand-800 underline">{r.description}</span>
                <span className="text-sm text-stone-700">
                  {t("reportedAt", { date: formatDateTime(r.createdAt, locale) })} ・ {r.reporterName ?? "—"}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </SiteFrame>
  );
}
