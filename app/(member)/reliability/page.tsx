import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { ReasonForm } from "@/app/(member)/requests/[id]/_after/reason-form";
import { db } from "@/db";
import { listOwnReliability } from "@/db/queries/reliability";
import { requireMember } from "@/lib/auth/viewer";
import { CONTEST_DAYS, contestDeadline, contestOpen, contestStatus } from "@/lib/care/cancel/contest";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate, formatDateTime } from "@/lib/time/format";
import { contestAction } from "./actions";

/** The member's own late cancellations and no-shows that still count, and contesting a no-show; nobody else's, ever. */
export default async function ReliabilityPage() {
  const viewer = await requireMember();
  const t = await getTranslations("careAfter.reliability");
  const common = await getTranslations("common");
  const locale = (await getLocale()) as Locale;
  const now = new Date();
  const records = await listOwnReliability(db(), viewer.userId, now);
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{t("intro")}</p>
      {records.length === 0 ? (
        <p className="mt-6 rounded-xl border border-stone-200 bg-white p-4">{t("empty")}</p>
      ) : (
        <>
          <p className="mt-6 font-medium">{t("count", { count: records.length })}</p>
          <ul className="mt-2 flex flex-col gap-3">
            {records.map((r) => (
              <li key={r.id} className="flex flex-col gap-1 rounded-xl border border-stone-200 bg-white p-4">
                <span className="font-bold">{t(r.kind)}</span>
                <Link href={`/requests/${r.requestId}`} className="inline-flex min-h-11 items-center underline">
                  {t("care", { date: formatDateTime(r.careStartAt, locale) })}
                </Link>
                <span>{t("recordedAt", { date: formatDate(r.createdAt, locale) })}</span>
                {r.reason && <span className="whitespace-pre-line">{t("reason", { reason: r.reason })}</span>}
                <span className="text-sm text-stone-700">{t("expiresAt", { date: formatDate(r.expiresAt, locale) })}</span>
                {contestStatus(r) === "waiting" && (
                  <p className="rounded-xl bg-stone-100 p-3">{t("contestWaiting", { date: formatDate(r.contestedAt!, locale) })}</p>
                )}
                {contestStatus(r) === "rejected" && <p className="rounded-xl bg-stone-100 p-3">{t("contestRejected")}</p>}
                {contestOpen(r, now) && (
                  <ReasonForm
                    id={`contest-${r.id}`}
                    action={contestAction}
                    fields={{ recordId: r.id }}
                    open={t("contestOpen")}
                    intro={t("contestIntro", { days: CONTEST_DAYS })}
                    notes={[t("contestUntil", { date: formatDateTime(contestDeadline(r.createdAt), locale) })]}
                    label={t("contestReason")}
                    submit={t("contestSubmit")}
                    pending={t("contestSubmitting")}
                    required={common("required")}
                    danger={false}
                  />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </SiteFrame>
  );
}
