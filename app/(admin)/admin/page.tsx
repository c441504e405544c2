import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { listAccounts } from "@/db/queries/members";
import { requireAdmin } from "@/lib/auth/viewer";
import { cardPaymentsEnabled } from "@/lib/env";
import { joinList } from "@/lib/i18n/list";
import type { Locale } from "@/lib/i18n/locales";
import { ScrollTable } from "./_components/scroll-table";
import { TableHead } from "./_components/table-head";

/** Each account status's label (a member without a status has not finished onboarding). */
const STATUS_KEY = { active: "statusActive", suspended: "statusSuspended", left: "statusLeft" } as const;

export default async function AdminMembersPage() {
  await requireAdmin();
  const t = await getTranslations("admin");
  const caps = await getTranslations("capabilities");
  const towns = await getTranslations("adminMunicipalities");
  const payT = await getTranslations("payments.admin");
  const deliveries = await getTranslations("adminDeliveries");
  const reports = await getTranslations("adminReports");
  const contact = await getTranslations("adminContact");
  const locale = (await getLocale()) as Locale;
  const en = locale === "en";
  const accounts = await listAccounts(db());
  return (
    <SiteFrame wide>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <nav aria-label={t("queues")} className="mt-4">
        <ul className="flex flex-wrap gap-3">
          {(
            [
              ["/admin/reports", reports("link")],
              ["/admin/contact", contact("link")],
              ["/admin/disputes", t("disputesLink")],
              ["/admin/no-shows", t("noShowsLink")],
              ["/admin/certifications", t("certificationsLink")],
              ["/admin/incidents", t("incidentsLink")],
              ["/admin/municipalities", towns("link")],
              ...(cardPaymentsEnabled() ? ([["/admin/payments", payT("link")]] as const) : []),
              ["/admin/deliveries", deliveries("link")],
            ] as const
          ).map(([href, label]) => (
            <li key={href}>
              <Link
                href={href}
                className="inline-block rounded-lg border border-stone-300 bg-white px-4 py-2 font-medium text-brand-800 underline"
              >
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p id="accounts-count" className="mt-4 text-stone-700">
        {t("count", { count: accounts.length })}
      </p>
      {/* On a phone the table scrolls sideways: a named region that takes focus, so a keyboard can scroll it too. */}
      <ScrollTable labelledBy="accounts-count" className="mt-4">
        <TableHead labels={["name", "email", "municipality", "capabilities", "status"].map((k) => t(k))} />
        <tbody className="divide-y divide-stone-200">
          {accounts.map((a) => (
            <tr key={a.userId}>
              <td className="px-3 py-2 whitespace-nowrap">
                {a.displayName ?? "—"}
                <div className="text-xs text-stone-600">{a.nameKana}</div>
              </td>
              <td className="px-3 py-2">{a.email}</td>
              <td className="px-3 py-2">{(en ? a.municipalityEn : a.municipalityJa) ?? "—"}</td>
              <td className="px-3 py-2">
                {joinList(
                  (a.capabilities ?? []).map((c) => caps(c)),
                  locale,
                )}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{t(a.status ? STATUS_KEY[a.status] : "statusOnboarding")}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </SiteFrame>
  );
}
