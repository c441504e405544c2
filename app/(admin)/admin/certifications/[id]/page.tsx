import { getLocale, getTranslations } from "next-intl/server";
import { findApplication } from "@/db/queries/certifications";
import type { Locale } from "@/lib/i18n/locales";
import { approvedPeriod, IDENTITY_DOCUMENTS, isRenewal, type TrainingRecord } from "@/lib/members/certification";
import { formatCalendarDate, formatDate } from "@/lib/time/format";
import { tokyoDate } from "@/lib/time/tokyo";
import { Decision, deskRow } from "../_components/decision";
import { approveCertificationAction } from "../actions";

/** An organiser application: identity document, training, and the period an approval today would grant. */
export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const row = await deskRow(params, findApplication);
  const t = await getTranslations("desk");
  const s = await getTranslations("standing");
  const locale = (await getLocale()) as Locale;
  const day = (d: string) => formatCalendarDate(d, locale);
  const today = tokyoDate(new Date());
  const { application: a } = row;
  const period = approvedPeriod(row.certifiedUntil, today);
  const training = a.training as TrainingRecord[];
  return (
    <Decision
      subject="certification"
      id={a.id}
      what={s("certification.heading")}
      applicant={row}
      decided={a.status !== "applied"}
      facts={[
        [
          t("kind"),
          row.certifiedUntil && isRenewal(row.certifiedUntil, today)
            ? t("renewal", { date: day(row.certifiedUntil) })
            : t("newApplication"),
        ],
        [t("appliedOn"), formatDate(a.createdAt, locale)],
        [t("statedDocument"), s(`identityDocument.${a.identityDocument}`)],
        [
          t("training"),
          <ul key="training">
            {training.map((r) => (
              <li key={r.module}>
                {s(`module.${r.module}`)}: {day(r.completedOn)}
              </li>
            ))}
          </ul>,
        ],
        [t("period"), t("periodValue", { from: day(period.from), until: day(period.until) })],
      ]}
      approve={{
        heading: t("approveHeading"),
        id: "approve",
        action: approveCertificationAction,
        hidden: { applicationId: a.id },
        fields: [
          {
            name: "identityDocument",
            label: t("documentSeen"),
            kind: "select",
            placeholder: s("apply.chooseDocument"),
            options: IDENTITY_DOCUMENTS.map((d) => [d, s(`identityDocument.${d}`)]),
            initial: a.identityDocument,
          },
          { name: "documentLast4", label: t("last4"), hint: t("last4Hint"), kind: "text", optional: true },
        ],
        submit: t("approve"),
        pending: t("approving"),
      }}
    />
  );
}
