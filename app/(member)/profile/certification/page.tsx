import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { applicationsOf } from "@/db/queries/certifications";
import { standingRecords } from "@/db/queries/standing";
import { requireMember } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n/locales";
import { certificationOutlook, IDENTITY_DOCUMENTS, TRAINING_MODULES } from "@/lib/members/certification";
import { standingOn } from "@/lib/members/standing";
import { trainingField } from "@/lib/members/standing-forms";
import { formatCalendarDate } from "@/lib/time/format";
import { tokyoDate } from "@/lib/time/tokyo";
import { linkClass } from "../../requests/_components/styles";
import { DeskForm } from "../_components/desk-form";
import { applyCertificationAction } from "../actions";

/** Applying to become a certified organiser, or to renew: the same form. */
export default async function CertificationPage() {
  const { userId, member } = await requireMember();
  const t = await getTranslations("standing");
  const locale = (await getLocale()) as Locale;
  const today = tokyoDate(new Date());
  const until = member.organiserCertifiedUntil;
  const [[latest], records] = await Promise.all([applicationsOf(db(), userId), standingRecords(db(), userId)]);
  const outlook = certificationOutlook(until, standingOn(records, today).certifiedOrganiser, today, latest?.status === "applied");
  return (
    <SiteFrame>
      <Link href="/profile#standing" className={`${linkClass} inline-flex min-h-11 items-center`}>
        {t("apply.back")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{outlook.renewal ? t("apply.renewTitle") : t("apply.title")}</h1>
      <p className="mt-3 text-stone-700">{t("apply.intro")}</p>
      <p className="mt-3 rounded-xl border border-brand-100 bg-brand-50 p-4 text-brand-900">{t("apply.noCopy")}</p>
      <div className="mt-6">
        {latest?.status === "applied" ? (
          <p className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-900">{t("apply.waiting")}</p>
        ) : outlook.renewalOpensOn && until ? (
          <p className="rounded-xl border border-stone-300 bg-white p-4">
            {t("apply.notYet", { until: formatCalendarDate(until, locale), date: formatCalendarDate(outlook.renewalOpensOn, locale) })}
          </p>
        ) : (
          <ClientMessages namespaces={["common"]}>
            <DeskForm
              id="apply"
              action={applyCertificationAction}
              fields={[
                {
                  name: "identityDocument",
                  label: t("apply.documentLabel"),
                  kind: "select",
                  placeholder: t("apply.chooseDocument"),
                  options: IDENTITY_DOCUMENTS.map((d) => [d, t(`identityDocument.${d}`)]),
                },
                ...TRAINING_MODULES.map((m) => ({ name: trainingField(m), label: t(`module.${m}`), kind: "date" as const, max: today })),
              ]}
              legend={{ title: t("apply.trainingLegend"), hint: t("apply.trainingHint"), names: TRAINING_MODULES.map(trainingField) }}
              submit={t("apply.submit")}
              pending={t("apply.submitting")}
            />
          </ClientMessages>
        )}
      </div>
    </SiteFrame>
  );
}
