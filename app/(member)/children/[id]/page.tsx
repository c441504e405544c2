import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { tokyoDate } from "@/lib/time/tokyo";
import { ChildSheet } from "../_components/child-sheet";
import { RemoveChild } from "../_components/remove-child";
import { StatusNote } from "../_components/status-note";
import { primaryLinkClass } from "../_components/styles";
import { childOr404 } from "../access";

export default async function ChildPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const { id } = await params;
  const { child, access } = await childOr404(id);
  const { saved } = await searchParams;
  const t = await getTranslations("children");
  return (
    <SiteFrame>
      <Link href="/children" className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
        {t("backToList")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">
        {child.name}
        <span className="ml-3 text-base font-normal text-stone-600">{child.nameKana}</span>
      </h1>
      {saved && <StatusNote message={t("saved")} />}
      {access.canEdit && (
        <Link href={`/children/${child.id}/edit`} className={`${primaryLinkClass} mt-4 w-full sm:w-auto`}>
          {t("detail.edit")}
        </Link>
      )}
      <ChildSheet child={child} today={tokyoDate(new Date())} />
      {access.canEdit && (
        <ClientMessages namespaces={["children.remove"]}>
          <RemoveChild id={child.id} name={child.name} />
        </ClientMessages>
      )}
    </SiteFrame>
  );
}
