import { getLocale, getTranslations } from "next-intl/server";
import { Decision, deskRow } from "@/app/(admin)/admin/certifications/_components/decision";
import { verifyQualificationAction } from "@/app/(admin)/admin/certifications/actions";
import { findQualification } from "@/db/queries/qualifications";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate } from "@/lib/time/format";

/** A childcare qualification to check against its certificate, with the expiry the admin sets. */
export default async function QualificationDecisionPage({ params }: { params: Promise<{ id: string }> }) {
  const row = await deskRow(params, findQualification);
  const t = await getTranslations("desk");
  const s = await getTranslations("standing");
  const locale = (await getLocale()) as Locale;
  const { qualification: q } = row;
  return (
    <Decision
      subject="qualification"
      id={q.id}
      what={s(`qualification.kind.${q.kind}`)}
      applicant={row}
      decided={q.status !== "applied"}
      facts={[
        [t("kind"), s(`qualification.kind.${q.kind}`)],
        [t("certificateNumber"), q.certificateNumber],
        [t("appliedOn"), formatDate(q.createdAt, locale)],
      ]}
      approve={{
        heading: t("verifyHeading"),
        id: "verify",
        action: verifyQualificationAction,
        hidden: { qualificationId: q.id },
        fields: [{ name: "validUntil", label: t("validUntil"), hint: t("validUntilHint"), kind: "date" }],
        submit: t("verify"),
        pending: t("verifying"),
      }}
    />
  );
}
