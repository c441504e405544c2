import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import { SiteFrame } from "@/app/_components/site-frame";
import { tokyoDate } from "@/lib/time/tokyo";
import { ChildForm } from "../../_components/child-form";
import { valuesOf } from "../../_components/form-values";
import { childOr404 } from "../../access";

export default async function EditChildPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { child } = await childOr404(id);
  const t = await getTranslations("children");
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("editTitle", { name: child.name })}</h1>
      <ClientMessages namespaces={["children", "common"]}>
        <ChildForm initial={valuesOf(child)} childId={child.id} today={tokyoDate(new Date())} cancelHref={`/children/${child.id}`} />
      </ClientMessages>
    </SiteFrame>
  );
}
