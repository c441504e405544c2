import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/viewer";
import { SINGLE_PARENT_DOCUMENTS } from "@/lib/members/standing";
import { DeskForm } from "../_components/desk-form";
import { DeskPage } from "../_components/desk-page";
import { askSingleParentAction } from "../actions";

/** Asking for single-parent status to be checked: the document is shown to an admin, never sent. */
export default async function SingleParentPage() {
  await requireMember();
  const t = await getTranslations("standing");
  return (
    <DeskPage title={t("singleParent.title")} intro={t("singleParent.intro")} note={t("singleParent.noCopy")}>
      <DeskForm
        id="single-parent"
        action={askSingleParentAction}
        fields={[
          {
            name: "document",
            label: t("singleParent.documentLabel"),
            kind: "select",
            placeholder: t("singleParent.chooseDocument"),
            options: SINGLE_PARENT_DOCUMENTS.map((d) => [d, t(`singleParent.document.${d}`)]),
          },
        ]}
        submit={t("singleParent.submit")}
        pending={t("apply.submitting")}
      />
    </DeskPage>
  );
}
