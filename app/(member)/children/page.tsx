import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { listChildren } from "@/db/queries/children";
import { ageOnDate } from "@/lib/time/dates";
import { tokyoDate } from "@/lib/time/tokyo";
import { CareAgeNote } from "./_components/care-age-note";
import { StatusNote } from "./_components/status-note";
import { cardClass, primaryLinkClass } from "./_components/styles";
import { requireParent } from "./access";

export default async function ChildrenPage({ searchParams }: { searchParams: Promise<{ removed?: string }> }) {
  const viewer = await requireParent();
  const t = await getTranslations("children");
  const list = await listChildren(db(), viewer.userId);
  const today = tokyoDate(new Date());
  const { removed } = await searchParams;
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {removed && <StatusNote message={t("removed")} />}
      <p className="mt-2 text-stone-700">{t("intro")}</p>
      {list.length === 0 ? (
        <p className="mt-6 rounded-xl border border-dashed border-stone-300 p-5 text-stone-700">{t("empty")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="mt-6 flex flex-col gap-3">
          {list.map((child) => (
            <li key={child.id}>
              <Link href={`/children/${child.id}`} className={`${cardClass} flex flex-col gap-1 p-4 hover:border-brand-600`}>
                <span className="flex flex-wrap items-baseline gap-x-3">
                  <span className="text-lg font-bold text-brand-900 underline-offset-4 hover:underline">{child.name}</span>
                  <span className="text-sm text-stone-600">{child.nameKana}</span>
                  <span className="ml-auto font-medium">{t("age", { age: ageOnDate(child.birthDate, today) })}</span>
                </span>
                <CareAgeNote birthDate={child.birthDate} today={today} />
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Link href="/children/new" className={`${primaryLinkClass} mt-6 w-full sm:w-auto`}>
        {t("add")}
      </Link>
    </SiteFrame>
  );
}
