import { getLocale, getTranslations } from "next-intl/server";
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
import { DeskForm } from "../_components/desk-form";
import { DeskPage } from "../_components/desk-page";
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
    <DeskPage title={outlook.renewal ? t("apply.renewTitle") : t("apply.title")} intro={t("apply.intro")} note={t("apply.noCopy")}>
      {latest?.status === "applied" ? (
        <p className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-900">{t("apply.waiting")}</p>
      ) : outlook.renewalOpensOn && until ? (
        <p className="rounded-xl border border-stone-300 bg-white p-4">
          {t("apply.notYet", { until: formatCalendarDate(until, locale), date: formatCalendarDate(outlook.renewalOpensOn, locale) })}
        </p>
      ) : (
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
      )}
    </DeskPage>
  );
}
