import { getLocale, getTranslations } from "next-intl/server";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { listDeskQueue } from "@/db/queries/desk";
import { requireAdmin } from "@/lib/auth/viewer";
import { sortQueue } from "@/lib/desk/desk";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/time/format";
import { OpenCell } from "../_components/open-cell";
import { ScrollTable } from "../_components/scroll-table";
import { TableHead } from "../_components/table-head";

/** The consultation desk's queue: waiting threads first, safety topics at the top (lib/desk sortQueue). */
export default async function DeskQueuePage() {
  await requireAdmin();
  const t = await getTranslations("adminContact");
  const c = await getTranslations("contact");
  const locale = (await getLocale()) as Locale;
  const rows = await listDeskQueue(db());
  const sorted = sortQueue(rows.map((r) => ({ ...r, category: r.thread.category, state: r.thread.state, updatedAt: r.thread.updatedAt })));
  return (
    <SiteFrame wide>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{t("intro")}</p>
      {sorted.length === 0 ? (
        <p className="mt-6 rounded-xl border border-stone-200 bg-white p-4">{t("empty")}</p>
      ) : (
        <ScrollTable labelledBy="desk-heading">
          <caption id="desk-heading" className="sr-only">
            {t("title")}
          </caption>
          <TableHead labels={["category", "asker", "state", "updated"].map((k) => t(`columns.${k}`)).concat(t("open"))} />
          <tbody className="divide-y divide-stone-200">
            {sorted.map((r) => {
              const asker = r.memberName
                ? `${r.memberName}${r.memberStatus === "suspended" ? ` (${t("suspended")})` : ""}`
                : t("visitor", { email: r.thread.email ?? "" });
              return (
                <tr key={r.thread.id}>
                  <td
                    className={`min-w-40 px-3 py-2 ${r.category === "safety" && r.state === "open" ? "font-bold text-red-900" : "font-medium"}`}
                  >
                    {c(`categories.${r.category}`)}
                  </td>
                  <td className="px-3 py-2">{asker}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{c(`states.${r.state}`)}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(r.updatedAt, locale)}</td>
                  <OpenCell
                    href={`/admin/contact/${r.thread.id}`}
                    text={t("open")}
                    label={`${t("open")}: ${c(`categories.${r.category}`)}, ${asker}`}
                  />
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>
      )}
    </SiteFrame>
  );
}
