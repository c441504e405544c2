import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { exportsOf } from "@/db/queries/privacy";
import { requireMember } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n/locales";
import { RETENTION } from "@/lib/privacy/retention";
import { formatDateTime } from "@/lib/time/format";
import { ExportButton } from "./export-button";

export const dynamic = "force-dynamic";

export default async function PrivacySettingsPage() {
  const { userId } = await requireMember();
  const t = await getTranslations("privacy");
  const locale = (await getLocale()) as Locale;
  const now = new Date();
  const exports = (await exportsOf(db(), userId)).filter((e) => e.status === "pending" || (e.expiresAt && e.expiresAt > now));
  const when = (d: Date | null) => (d ? formatDateTime(d, locale) : "");
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("settings.title")}</h1>
      <p className="mt-2">{t("settings.intro")}</p>

      <section aria-labelledby="export-title" className="mt-8 rounded-xl border border-stone-200 bg-white p-4">
        <h2 id="export-title" className="text-lg font-bold">
          {t("export.title")}
        </h2>
        <p className="mt-2">{t("export.body", { days: RETENTION.exports.days })}</p>
        <div className="mt-4">
          <ClientMessages namespaces={["privacy.export", "common"]}>
            <ExportButton />
          </ClientMessages>
        </div>
        <h3 className="mt-6 font-bold">{t("export.listTitle")}</h3>
        {exports.length === 0 ? (
          <p className="mt-2 text-stone-700">{t("export.none")}</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-2">
            {exports.map((e) => (
              <li key={e.id} className="flex flex-wrap items-center gap-x-4 gap-y-1">
                {e.status === "ready" ? (
                  <>
                    <span>{t("export.ready", { ready: when(e.readyAt), expires: when(e.expiresAt) })}</span>
                    <a
                      href={`/profile/privacy/exports/${e.id}`}
                      download
                      className="inline-flex min-h-11 items-center font-medium text-brand-800 underline underline-offset-4"
                    >
                      {t("export.download")}
                    </a>
                  </>
                ) : (
                  <span>{t("export.pending", { requested: when(e.requestedAt) })}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="delete-title" className="mt-8 rounded-xl border border-red-200 bg-white p-4">
        <h2 id="delete-title" className="text-lg font-bold">
          {t("delete.title")}
        </h2>
        <p className="mt-2">{t("delete.body")}</p>
        <Link
          href="/profile/privacy/delete"
          className="inline-flex min-h-11 items-center font-medium text-red-800 underline underline-offset-4"
        >
          {t("delete.link")}
        </Link>
      </section>
    </SiteFrame>
  );
}
