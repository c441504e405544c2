import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import { FactsList } from "@/app/_components/facts-list";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { findIncident } from "@/db/queries/care-incidents";
import { requireAdmin } from "@/lib/auth/viewer";
import { readCareRecord } from "@/lib/care/during/care-record";
import { openText } from "@/lib/care/during/sealed-texts";
import { appKey } from "@/lib/crypto/app-key";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/time/format";
import { Badges } from "../_components/badges";
import { CareRecordView } from "../_components/care-record-view";
import { HandledButton } from "../_components/handled-button";

export default async function IncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireAdmin();
  const incident = await findIncident(db(), id);
  if (!incident) notFound();
  const t = await getTranslations("adminIncidents");
  const printT = await getTranslations("incidentPrint");
  const locale = (await getLocale()) as Locale;
  const record = readCareRecord(incident.careRecord);
  const facts: [string, React.ReactNode][] = [
    [t("occurredAt"), formatDateTime(incident.occurredAt, locale)],
    [t("reporter"), incident.reporterName ?? "—"],
    [t("description"), <span className="whitespace-pre-line">{openText(incident.description, "incident", incident.id, appKey())}</span>],
  ];
  return (
    <SiteFrame wide>
      <Link href="/admin/incidents" className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
        {t("back")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{t("detailTitle")}</h1>
      <p className="mt-1 text-stone-700">{t("reportedAt", { date: formatDateTime(incident.createdAt, locale) })}</p>
      <div className="mt-4">
        <Badges severity={incident.severity} seriousKind={incident.seriousKind} handled={incident.handledAt !== null} />
      </div>
      <FactsList rows={facts} />
      {incident.severity === "serious" && (
        <Link
          href={`/admin/incidents/${incident.id}/print`}
          className="mt-4 inline-flex min-h-11 items-center font-medium text-brand-800 underline"
        >
          {printT("link")}
        </Link>
      )}
      <section aria-labelledby="record-title" className="mt-8">
        <h2 id="record-title" className="text-xl font-bold text-brand-900">
          {t("record")}
        </h2>
        {record ? <CareRecordView record={record} /> : <p className="mt-3 text-red-800">{t("recordBroken")}</p>}
      </section>
      <div className="mt-8">
        {incident.handledAt ? (
          <p role="status" className="font-medium text-brand-900">
            {t("handledAt", { date: formatDateTime(incident.handledAt, locale) })}
          </p>
        ) : (
          <ClientMessages namespaces={["adminIncidents"]}>
            <HandledButton incidentId={incident.id} />
          </ClientMessages>
        )}
      </div>
    </SiteFrame>
  );
}
