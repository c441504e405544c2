import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import { SiteFrame } from "@/app/_components/site-frame";
import { tokyoDate } from "@/lib/time/tokyo";
import { ChildForm } from "../_components/child-form";
import { blankValues } from "../_components/form-values";
import { requireParent } from "../access";

export default async function NewChildPage() {
  await requireParent();
  const t = await getTranslations("children");
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <p className="mt-2 text-stone-700">{t("newIntro")}</p>
      <ClientMessages namespaces={["children", "common"]}>
        <ChildForm initial={blankValues()} today={tokyoDate(new Date())} cancelHref="/children" />
      </ClientMessages>
    </SiteFrame>
  );
}
