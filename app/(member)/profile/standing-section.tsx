import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { Section } from "@/app/(member)/connections/_components/section";
import { db } from "@/db";
import { applicationsOf } from "@/db/queries/certifications";
import { qualificationsOf } from "@/db/queries/qualifications";
import { singleParentRequestsOf } from "@/db/queries/single-parent";
import type { Locale } from "@/lib/i18n/locales";
import { certificationOutlook, verificationState } from "@/lib/members/certification";
import type { Standing } from "@/lib/members/standing";
import { formatCalendarDate, formatDate } from "@/lib/time/format";
import { linkClass } from "../requests/_components/styles";

const statusClass = {
  approved: "border-green-300 bg-green-50 text-green-900",
  applied: "border-amber-300 bg-amber-50 text-amber-900",
  expired: "border-stone-300 bg-stone-100 text-stone-800",
  rejected: "border-red-300 bg-red-50 text-red-900",
} as const;

function Status({ state, children }: { state: keyof typeof statusClass; children: React.ReactNode }) {
  return <p className={`rounded-lg border px-3 py-2 ${statusClass[state]}`}>{children}</p>;
}

/** The member's certification, qualifications and single-parent check: status, expiry and what they can ask for. */
export async function StandingSection({
  userId,
  certifiedUntil,
  standing,
  today,
}: {
  userId: string;
  certifiedUntil: string | null;
  standing: Standing;
  today: string;
}) {
  const t = await getTranslations("standing");
  const locale = (await getLocale()) as Locale;
  const day = (d: string) => formatCalendarDate(d, locale);
  const [applications, quals, singles] = await Promise.all([
    applicationsOf(db(), userId),
    qualificationsOf(db(), userId),
    singleParentRequestsOf(db(), userId),
  ]);
  const latest = applications[0];
  const outlook = certificationOutlook(certifiedUntil, standing.certifiedOrganiser, today, latest?.status === "applied");
  const single = singles[0];
  const singleState = single ? verificationState(single, today) : null;
  return (
    <Section id="standing" title={t("title")} className="mt-6">
      <p className="text-stone-700">{t("intro")}</p>

      <h3 className="mt-5 font-bold">{t("certification.heading")}</h3>
      <div className="mt-2 flex flex-col gap-2">
        {outlook.certified && certifiedUntil && (
          <Status state="approved">{t("certification.certifiedUntil", { date: day(certifiedUntil) })}</Status>
        )}
        {outlook.endingSoon && <p className="font-medium text-amber-900">{t("certification.endingSoon")}</p>}
        {outlook.ended && <Status state="expired">{t("certification.expired", { date: day(outlook.ended) })}</Status>}
        {!outlook.certified && !outlook.ended && !latest && <p>{t("certification.none")}</p>}
        {latest?.status === "applied" && (
          <Status state="applied">{t("certification.applied", { date: formatDate(latest.createdAt, locale) })}</Status>
        )}
        {latest?.status === "rejected" && (
          <Status state="rejected">
            {t("certification.rejected", { date: formatDate(latest.createdAt, locale), reason: latest.rejectReason ?? "" })}
          </Status>
        )}
        {outlook.canApply && (
          <Link href="/profile/certification" className={`${linkClass} inline-flex min-h-11 items-center`}>
            {outlook.renewal ? t("certification.renew") : t("certification.apply")}
          </Link>
        )}
        {outlook.renewalOpensOn && (
          <p className="text-sm text-stone-700">{t("certification.renewOpensOn", { date: day(outlook.renewalOpensOn) })}</p>
        )}
      </div>

      <h3 className="mt-6 font-bold">{t("qualification.heading")}</h3>
      {quals.length === 0 ? (
        <p className="mt-2">{t("qualification.none")}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-2">
          {quals.map((q) => {
            const state = verificationState(q, today);
            return (
              <li key={q.id}>
                <Status state={state}>
                  <span className="font-medium">{t(`qualification.kind.${q.kind}`)}</span> —{" "}
                  {t(`qualification.${state}`, { date: q.validUntil ? day(q.validUntil) : "", reason: q.rejectReason ?? "" })}
                </Status>
              </li>
            );
          })}
        </ul>
      )}
      <Link href="/profile/qualifications" className={`${linkClass} mt-2 inline-flex min-h-11 items-center`}>
        {t("qualification.add")}
      </Link>

      <h3 className="mt-6 font-bold">{t("singleParent.heading")}</h3>
      <div className="mt-2 flex flex-col gap-2">
        {!single && <p>{t("singleParent.none")}</p>}
        {single && singleState && (
          <Status state={singleState}>
            {t(`singleParent.${singleState}`, {
              date: singleState === "applied" ? formatDate(single.createdAt, locale) : single.validUntil ? day(single.validUntil) : "",
              reason: single.rejectReason ?? "",
            })}
          </Status>
        )}
        {singleState !== "applied" && singleState !== "approved" && (
          <Link href="/profile/single-parent" className={`${linkClass} inline-flex min-h-11 items-center`}>
            {t("singleParent.ask")}
          </Link>
        )}
      </div>
    </Section>
  );
}
