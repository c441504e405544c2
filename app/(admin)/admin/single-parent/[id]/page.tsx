import { getLocale, getTranslations } from "next-intl/server";
import { Decision, deskRow } from "@/app/(admin)/admin/certifications/_components/decision";
import { verifySingleParentAction } from "@/app/(admin)/admin/certifications/actions";
import { findSingleParentRequest } from "@/db/queries/single-parent";
import type { Locale } from "@/lib/i18n/locales";
import { SINGLE_PARENT_DOCUMENTS } from "@/lib/members/standing";
import { formatDate } from "@/lib/time/format";

/** A single-parent check: the admin records the document seen (never a copy) and until when it counts. */
export default async function SingleParentDecisionPage({ params }: { params: Promise<{ id: string }> }) {
  const row = await deskRow(params, findSingleParentRequest);
  const t = await getTranslations("desk");
  const s = await getTranslations("standing");
  const locale = (await getLocale()) as Locale;
  const { verification: v } = row;
  return (
    <Decision
      subject="single_parent"
      id={v.id}
      what={s("singleParent.heading")}
      applicant={row}
      decided={v.status !== "applied"}
      facts={[
        [t("statedDocument"), v.document ? s(`singleParent.document.${v.document}`) : "—"],
        [t("appliedOn"), formatDate(v.createdAt, locale)],
      ]}
      approve={{
        heading: t("verifyHeading"),
        id: "verify",
        action: verifySingleParentAction,
        hidden: { verificationId: v.id },
        fields: [
          {
            name: "document",
            label: t("documentSeen"),
            kind: "select",
            placeholder: s("singleParent.chooseDocument"),
            options: SINGLE_PARENT_DOCUMENTS.map((d) => [d, s(`singleParent.document.${d}`)]),
            initial: v.document ?? "",
          },
          { name: "validUntil", label: t("validUntil"), hint: t("validUntilHint"), kind: "date" },
        ],
        submit: t("verify"),
        pending: t("verifying"),
      }}
    />
  );
}
