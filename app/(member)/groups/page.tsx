import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { listGroupsOf } from "@/db/queries/groups";
import { requireMember } from "@/lib/auth/viewer";

export default async function GroupsPage() {
  const { userId } = await requireMember();
  const t = await getTranslations("groups");
  const groups = await listGroupsOf(db(), userId);
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{t("intro")}</p>
      <p className="mt-4">
        <Link
          href="/groups/new"
          className="inline-flex min-h-11 items-center rounded-xl bg-brand-700 px-5 font-bold text-white hover:bg-brand-800"
        >
          {t("create")}
        </Link>
      </p>
      {groups.length === 0 ? (
        <p className="mt-6 text-stone-700">{t("empty")}</p>
      ) : (
        <ul className="mt-6 divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {groups.map((g) => (
            <li key={g.id} className="flex flex-col gap-1 px-4 py-3">
              <Link href={`/groups/${g.id}`} className="text-lg font-medium text-brand-800 underline underline-offset-4">
                {g.name}
              </Link>
              <p className="text-sm text-stone-600">
                {t(`kind.${g.kind}`)}・{t("memberCount", { count: g.members })}
                {g.role === "owner" && (
                  <span className="ml-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs font-medium text-stone-800">{t("owner")}</span>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </SiteFrame>
  );
}
