import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { ActionButton } from "@/app/(member)/connections/_components/action-button";
import { DeskForm } from "@/app/(member)/profile/_components/desk-form";
import { db } from "@/db";
import { findReport } from "@/db/queries/safety";
import { requireAdmin } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/ids";
import { isOverdue, nextReportState, REPORT_DECISIONS } from "@/lib/safety/reports";
import { formatDateTime } from "@/lib/time/format";
import { decideReportAction, reviewReportAction } from "../actions";

/** One report: what was reported and why, the response target, and the decision (once). */
export default async function AdminReportPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const { id } = await params;
  const row = isUuid(id) ? await findReport(db(), id) : null;
  if (!row) notFound();
  const t = await getTranslations("adminReports");
  const s = await getTranslations("safety");
  const locale = (await getLocale()) as Locale;
  const { report } = row;
  const now = new Date();
  const quoted = report.message === "request_note" ? row.requestNotes : report.message === "thank_you" ? row.thankYou : null;
  const facts: [string, React.ReactNode][] = [
    [t("columns.state"), t(`states.${report.state}`)],
    [t("columns.target"), s(`targets.${report.target}`)],
    [t("columns.reporter"), row.reporterName ?? t("gone")],
    [t("columns.reported"), row.reportedName ?? t("gone")],
    [t("reportedStatus"), row.reportedStatus ? t(row.reportedStatus === "active" ? "statusActive" : "statusSuspended") : t("gone")],
    [t("createdAt"), formatDateTime(report.createdAt, locale)],
    [
      t("columns.respondBy"),
      <>
        {formatDateTime(report.respondBy, locale)}
        {isOverdue(report, now) && <span className="ml-2 rounded bg-red-100 px-2 py-0.5 font-bold text-red-900">{t("overdue")}</span>}
      </>,
    ],
  ];
  if (row.requestStart) facts.push([t("care"), t("careWhen", { when: formatDateTime(row.requestStart, locale) })]);
  return (
    <SiteFrame>
      <Link href="/admin/reports" className="inline-flex min-h-11 items-center underline">
        {t("back")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{t("detailTitle", { category: s(`categories.${report.category}`) })}</h1>
      <dl className="mt-4 divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
        {facts.map(([label, value]) => (
          <div key={label} className="grid gap-1 px-4 py-2 sm:grid-cols-3">
            <dt className="text-sm font-medium text-stone-700">{label}</dt>
            <dd className="sm:col-span-2">{value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-6 text-lg font-bold">{t("text")}</h2>
      <p className="mt-2 rounded-xl border border-stone-200 bg-white p-4 whitespace-pre-line">{report.text}</p>
      {quoted && (
        <>
          <h2 className="mt-6 text-lg font-bold">{t("message")}</h2>
          <blockquote className="mt-2 rounded-xl border-l-4 border-stone-400 bg-stone-50 p-4 whitespace-pre-line">{quoted}</blockquote>
        </>
      )}
      {report.state === "decided" ? (
        <div className="mt-6 rounded-xl border border-brand-100 bg-brand-50 p-4">
          <p className="font-bold">
            {t("decidedBy", {
              date: formatDateTime(report.decidedAt ?? now, locale),
              decision: t(`decisions.${report.decision ?? "no_action"}`),
            })}
          </p>
          <p className="mt-1 whitespace-pre-line">{t("decidedReason", { reason: report.decisionReason ?? "" })}</p>
        </div>
      ) : (
        <div className="mt-6 flex flex-col gap-6">
          {nextReportState(report.state, "review") && (
            <ActionButton
              id="review"
              action={reviewReportAction}
              fields={{ reportId: report.id }}
              label={t("review")}
              pendingLabel={t("reviewing")}
              variant="secondary"
            />
          )}
          <section aria-labelledby="decide" className="rounded-xl border border-stone-200 bg-white p-4 sm:p-5">
            <h2 id="decide" className="mb-1 text-lg font-bold">
              {t("decideTitle")}
            </h2>
            <p className="mb-4 text-sm text-stone-700">{t("suspensionHint")}</p>
            <ClientMessages namespaces={["common"]}>
              <DeskForm
                id="decision"
                action={decideReportAction}
                hidden={{ reportId: report.id }}
                fields={[
                  {
                    kind: "select",
                    name: "decision",
                    label: t("decision"),
                    placeholder: t("decisionPlaceholder"),
                    options: REPORT_DECISIONS.map((d) => [d, t(`decisions.${d}`)]),
                  },
                  { kind: "textarea", name: "reason", label: t("reason"), hint: t("reasonHint") },
                ]}
                submit={t("decide")}
                pending={t("deciding")}
              />
            </ClientMessages>
          </section>
        </div>
      )}
    </SiteFrame>
  );
}
