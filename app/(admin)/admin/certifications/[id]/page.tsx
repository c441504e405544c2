import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import { DeskForm } from "@/app/(member)/profile/_components/desk-form";
import { db } from "@/db";
import { findApplication } from "@/db/queries/certifications";
import { requireAdmin } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/ids";
import { approvedPeriod, IDENTITY_DOCUMENTS, isRenewal, type TrainingRecord } from "@/lib/members/certification";
import { formatCalendarDate, formatDate } from "@/lib/time/format";
import { tokyoDate } from "@/lib/time/tokyo";
import { Decision } from "../_components/decision";
import { approveCertificationAction } from "../actions";

/** An organiser application: identity document, training, and the period an approval today would grant. */
export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const { id } = await params;
  const row = isUuid(id) ? await findApplication(db(), id) : null;
  if (!row) notFound();
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
      title={`${s("certification.heading")}: ${row.displayName}`}
      decided={a.status !== "applied"}
      facts={[
        [t("applicant"), `${row.displayName}(${row.nameKana})`],
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
        form: (
          <ClientMessages namespaces={["common"]}>
            <DeskForm
              id="approve"
              action={approveCertificationAction}
              hidden={{ applicationId: a.id }}
              fields={[
                {
                  name: "identityDocument",
                  label: t("documentSeen"),
                  kind: "select",
                  placeholder: s("apply.chooseDocument"),
                  options: IDENTITY_DOCUMENTS.map((d) => [d, s(`identityDocument.${d}`)]),
                  initial: a.identityDocument,
                },
                { name: "documentLast4", label: t("last4"), hint: t("last4Hint"), kind: "text", optional: true },
              ]}
              submit={t("approve")}
              pending={t("approving")}
            />
          </ClientMessages>
        ),
      }}
    />
  );
}
