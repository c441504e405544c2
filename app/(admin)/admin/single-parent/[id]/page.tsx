import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import { Decision } from "@/app/(admin)/admin/certifications/_components/decision";
import { verifySingleParentAction } from "@/app/(admin)/admin/certifications/actions";
import { DeskForm } from "@/app/(member)/profile/_components/desk-form";
import { db } from "@/db";
import { findSingleParentRequest } from "@/db/queries/single-parent";
import { requireAdmin } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/ids";
import { SINGLE_PARENT_DOCUMENTS } from "@/lib/members/standing-forms";
import { formatDate } from "@/lib/time/format";

/** A single-parent check: the admin records the document seen (never a copy) and until when it counts. */
export default async function SingleParentDecisionPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const { id } = await params;
  const row = isUuid(id) ? await findSingleParentRequest(db(), id) : null;
  if (!row) notFound();
  const t = await getTranslations("desk");
  const s = await getTranslations("standing");
  const locale = (await getLocale()) as Locale;
  const { verification: v } = row;
  return (
    <Decision
      subject="single_parent"
      id={v.id}
      title={`${s("singleParent.heading")}: ${row.displayName}`}
      decided={v.status !== "applied"}
      facts={[
        [t("applicant"), `${row.displayName}(${row.nameKana})`],
        [t("statedDocument"), v.document ? s(`singleParent.document.${v.document}`) : "—"],
        [t("appliedOn"), formatDate(v.createdAt, locale)],
      ]}
      approve={{
        heading: t("verifyHeading"),
        form: (
          <ClientMessages namespaces={["common"]}>
            <DeskForm
              id="verify"
              action={verifySingleParentAction}
              hidden={{ verificationId: v.id }}
              fields={[
                {
                  name: "document",
                  label: t("documentSeen"),
                  kind: "select",
                  placeholder: s("singleParent.chooseDocument"),
                  options: SINGLE_PARENT_DOCUMENTS.map((d) => [d, s(`singleParent.document.${d}`)]),
                  initial: v.document ?? "",
                },
                { name: "validUntil", label: t("validUntil"), hint: t("validUntilHint"), kind: "date" },
              ]}
              submit={t("verify")}
              pending={t("verifying")}
            />
          </ClientMessages>
        ),
      }}
    />
  );
}
