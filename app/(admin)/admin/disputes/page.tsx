import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { afterFormat } from "@/app/(member)/requests/[id]/_after/format";
import { db } from "@/db";
import { listDisputes } from "@/db/queries/care-disputes";
import { requireAdmin } from "@/lib/auth/viewer";

/** The admin queue of disputed reports, oldest first. */
export default async function DisputesPage() {
  await requireAdmin();
  const f = await afterFormat();
  const { t } = f;
  const rows = await listDisputes(db());
  return (
    <SiteFrame wide>
      <h1 className="text-2xl font-bold">{t("disputes.title")}</h1>
      <p className="mt-2 text-stone-700">{t("disputes.intro")}</p>
      {rows.length === 0 ? (
        <p className="mt-6 rounded-xl border border-stone-200 bg-white p-4">{t("disputes.empty")}</p>
      ) : (
        <ul className="mt-6 flex flex-col gap-3">
          {rows.map((r) => (
            <li key={r.requestId} className="flex flex-col gap-1 rounded-xl border border-stone-200 bg-white p-4">
              <span className="font-bold">{t("disputes.between", { parent: r.parentName, helper: r.helperName })}</span>
              <span>{t("disputes.agreed", { range: f.range(r.startAt, r.endAt) })}</span>
              {r.disputedAt && (
                <span className="text-sm text-stone-700">{t("disputes.disputedAt", { date: f.dateTime(r.disputedAt) })}</span>
              )}
              <Link
                href={`/admin/disputes/${r.requestId}`}
                aria-label={`${t("disputes.open")}: ${t("disputes.between", { parent: r.parentName, helper: r.helperName })}`}
                className="mt-1 inline-flex min-h-11 items-center self-start rounded-xl border border-stone-400 px-5 font-medium hover:bg-stone-50"
              >
                {t("disputes.open")}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </SiteFrame>
  );
}
