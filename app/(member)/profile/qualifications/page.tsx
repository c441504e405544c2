import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/viewer";
import { QUALIFICATION_KINDS } from "@/lib/members/standing";
import { DeskForm } from "../_components/desk-form";
import { DeskPage } from "../_components/desk-page";
import { submitQualificationAction } from "../actions";

/** Registering a childcare qualification for an admin to check against its certificate. */
export default async function QualificationPage() {
  await requireMember();
  const t = await getTranslations("standing");
  return (
    <DeskPage title={t("qualification.title")} intro={t("qualification.intro")}>
      <DeskForm
        id="qualification"
        action={submitQualificationAction}
        fields={[
          {
            name: "kind",
            label: t("qualification.kindLabel"),
            kind: "select",
            placeholder: t("qualification.chooseKind"),
            options: QUALIFICATION_KINDS.map((k) => [k, t(`qualification.kind.${k}`)]),
          },
          { name: "certificateNumber", label: t("qualification.numberLabel"), hint: t("qualification.numberHint"), kind: "text" },
        ]}
        submit={t("qualification.submit")}
        pending={t("apply.submitting")}
      />
    </DeskPage>
  );
}
