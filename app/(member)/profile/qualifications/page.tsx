import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import { SiteFrame } from "@/app/_components/site-frame";
import { requireMember } from "@/lib/auth/viewer";
import { QUALIFICATION_KINDS } from "@/lib/members/standing-forms";
import { linkClass } from "../../requests/_components/styles";
import { DeskForm } from "../_components/desk-form";
import { submitQualificationAction } from "../actions";

/** Registering a childcare qualification for an admin to check against its certificate. */
export default async function QualificationPage() {
  await requireMember();
  const t = await getTranslations("standing");
  return (
    <SiteFrame>
      <Link href="/profile#standing" className={`${linkClass} inline-flex min-h-11 items-center`}>
        {t("apply.back")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{t("qualification.title")}</h1>
      <p className="mt-3 text-stone-700">{t("qualification.intro")}</p>
      <div className="mt-6">
        <ClientMessages namespaces={["common"]}>
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
        </ClientMessages>
      </div>
    </SiteFrame>
  );
}
