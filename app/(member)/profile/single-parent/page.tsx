import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import { SiteFrame } from "@/app/_components/site-frame";
import { requireMember } from "@/lib/auth/viewer";
import { SINGLE_PARENT_DOCUMENTS } from "@/lib/members/standing-forms";
import { linkClass } from "../../requests/_components/styles";
import { DeskForm } from "../_components/desk-form";
import { askSingleParentAction } from "../actions";

/** Asking for single-parent status to be checked: the document is shown to an admin, never sent. */
export default async function SingleParentPage() {
  await requireMember();
  const t = await getTranslations("standing");
  return (
    <SiteFrame>
      <Link href="/profile#standing" className={`${linkClass} inline-flex min-h-11 items-center`}>
        {t("apply.back")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{t("singleParent.title")}</h1>
      <p className="mt-3 text-stone-700">{t("singleParent.intro")}</p>
      <p className="mt-3 rounded-xl border border-brand-100 bg-brand-50 p-4 text-brand-900">{t("singleParent.noCopy")}</p>
      <div className="mt-6">
        <ClientMessages namespaces={["common"]}>
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
        </ClientMessages>
      </div>
    </SiteFrame>
  );
}
