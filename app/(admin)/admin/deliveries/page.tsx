import { getTranslations } from "next-intl/server";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { deliveryCounts } from "@/db/queries/deliveries";
import { requireAdmin } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { DELIVERY_STATES, deliveryTable } from "@/lib/jobs/delivery-counts";
import { quietWindow } from "@/lib/notify/quiet-hours";
import { TableHead } from "../_components/table-head";

/** How the outbox is doing, by channel: counts only, never an address or a message. */
export default async function DeliveriesPage() {
  await requireAdmin();
  const t = await getTranslations("adminDeliveries");
  const rows = deliveryTable(await deliveryCounts(db()));
  // Mails held for the night show as waiting: the admin is told when and why.
  const quiet = quietWindow(env().QUIET_HOURS);
  return (
    <SiteFrame wide>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{t("intro")}</p>
      <div className="mt-6 overflow-x-auto rounded-xl border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <TableHead labels={[t("channel"), ...DELIVERY_STATES.map((s) => t(`states.${s}`))]} />
          <tbody className="divide-y divide-stone-200">
            {rows.map((r) => (
              <tr key={r.channel}>
                <th scope="row" className="px-3 py-2 font-medium">
                  {t(`channels.${r.channel}`)}
                </th>
                {DELIVERY_STATES.map((s) => (
                  <td key={s} className={`px-3 py-2 tabular-nums ${s === "failed" && r.counts[s] > 0 ? "font-bold text-red-800" : ""}`}>
                    {r.counts[s].toLocaleString("ja-JP")}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-4 text-sm text-stone-700">{t("retries")}</p>
      {quiet && <p className="mt-2 text-sm text-stone-700">{t("quietHours", { from: quiet.from, to: quiet.to })}</p>}
    </SiteFrame>
  );
}
