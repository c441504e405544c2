import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import { Decision } from "@/app/(admin)/admin/certifications/_components/decision";
import { verifyQualificationAction } from "@/app/(admin)/admin/certifications/actions";
import { DeskForm } from "@/app/(member)/profile/_components/desk-form";
import { db } from "@/db";
import { findQualification } from "@/db/queries/qualifications";
import { requireAdmin } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/ids";
import { formatDate } from "@/lib/time/format";

/** A childcare qualification to check against its certificate, with the expiry the admin sets. */
export default async function QualificationDecisionPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const { id } = await params;
  const row = isUuid(id) ? await findQualification(db(), id) : null;
  if (!row) notFound();
  const t = await getTranslations("desk");
  const s = await getTranslations("standing");
  const locale = (await getLocale()) as Locale;
  const { qualification: q } = row;
  return (
    <Decision
      subject="qualification"
      id={q.id}
      title={`${s(`qualification.kind.${q.kind}`)}: ${row.displayName}`}
      decided={q.status !== "applied"}
      facts={[
        [t("applicant"), `${row.displayName}(${row.nameKana})`],
        [t("kind"), s(`qualification.kind.${q.kind}`)],
        [t("certificateNumber"), q.certificateNumber],
        [t("appliedOn"), formatDate(q.createdAt, locale)],
      ]}
      approve={{
        heading: t("verifyHeading"),
        form: (
          <ClientMessages namespaces={["common"]}>
            <DeskForm
              id="verify"
              action={verifyQualificationAction}
              hidden={{ qualificationId: q.id }}
              fields={[{ name: "validUntil", label: t("validUntil"), hint: t("validUntilHint"), kind: "date" }]}
              submit={t("verify")}
              pending={t("verifying")}
            />
          </ClientMessages>
        ),
      }}
    />
  );
}
