import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { DeskForm } from "@/app/(member)/profile/_components/desk-form";
import { db } from "@/db";
import { displayName } from "@/db/queries/care-lock";
import { requireMember } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/ids";
import { REPORT_CATEGORIES, REPORT_TARGETS, REPORTABLE_MESSAGES, type ReportableMessage, type ReportTarget } from "@/lib/safety/reports";
import { reportTargetFor } from "@/lib/safety/workflows/report";
import { formatDateTime } from "@/lib/time/format";
import { submitReportAction } from "./actions";

type Search = { target?: string; id?: string; message?: string; sent?: string };

/** The report form for one member, care or message the member can see; "not found" for anything else. */
export default async function ReportPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireMember();
  const q = await searchParams;
  const t = await getTranslations("safety");
  if (q.sent) {
    return (
      <SiteFrame>
        <h1 className="text-2xl font-bold">{t("report.title")}</h1>
        <div role="status" className="mt-4 rounded-xl border border-brand-100 bg-brand-50 p-4">
          <p className="text-lg font-bold text-brand-900">{t("report.sentTitle")}</p>
          <p className="mt-2">{t("report.sentBody")}</p>
        </div>
        <p className="mt-6">
          <Link href="/home" className="font-medium text-brand-800 underline underline-offset-4">
            {t("report.back")}
          </Link>
        </p>
      </SiteFrame>
    );
  }
  const target = (REPORT_TARGETS as readonly string[]).includes(q.target ?? "") ? (q.target as ReportTarget) : null;
  const message = (REPORTABLE_MESSAGES as readonly string[]).includes(q.message ?? "") ? (q.message as ReportableMessage) : undefined;
  if (!target || !q.id || !isUuid(q.id) || (target === "message") !== Boolean(message)) notFound();
  const found = await reportTargetFor(db(), viewer.userId, { target, targetId: q.id, message });
  if (!found) notFound();
  const locale = (await getLocale()) as Locale;
  const when = found.startAt ? formatDateTime(found.startAt, locale) : "";
  const about =
    target === "member"
      ? t("report.about.member", { name: await displayName(db(), found.reportedId) })
      : t(`report.about.${message ?? "care"}`, { when });

  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("report.title")}</h1>
      <p className="mt-2 text-lg font-medium">{about}</p>
      <p className="mt-2 text-stone-700">{t("report.intro")}</p>
      <p className="mt-4 rounded-xl border border-amber-300 bg-amber-50 p-3 font-medium text-amber-950">{t("report.urgent")}</p>
      <div className="mt-6 rounded-xl border border-stone-200 bg-white p-4 sm:p-5">
        <ClientMessages namespaces={["common"]}>
          <DeskForm
            id="report"
            action={submitReportAction}
            hidden={{ target, targetId: q.id, ...(message ? { message } : {}) }}
            fields={[
              {
                kind: "select",
                name: "category",
                label: t("report.category"),
                placeholder: t("report.categoryPlaceholder"),
                options: REPORT_CATEGORIES.map((c) => [c, t(`categories.${c}`)]),
              },
              { kind: "textarea", name: "text", label: t("report.text"), hint: t("report.textHint") },
            ]}
            submit={t("report.submit")}
            pending={t("report.sending")}
          />
        </ClientMessages>
      </div>
    </SiteFrame>
  );
}
