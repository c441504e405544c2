import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { findMunicipality } from "@/db/queries/municipalities";
import { findRulebook, rulebookVersionList } from "@/db/queries/rulebooks";
import { requireAdmin } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/ids";
import { ownRulebookKey } from "@/lib/municipalities/schemas";
import { DEFAULT_RULEBOOK } from "@/lib/thanks";
import { formatDateTime } from "@/lib/time/format";
import { TableHead } from "../../../_components/table-head";
import { RulebookEditor } from "../../_components/rulebook-editor";

/** The municipality's own rulebook: edited as JSON, previewed on sample cares before saving, with its versions. */
export default async function RulebookPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const { id } = await params;
  const town = isUuid(id) ? await findMunicipality(db(), id) : null;
  if (!town) notFound();
  const t = await getTranslations("adminMunicipalities");
  const locale = (await getLocale()) as Locale;
  const key = ownRulebookKey(town.code);
  const [own, versions] = await Promise.all([findRulebook(db(), key), rulebookVersionList(db(), key)]);
  // Start from its own rules, or from the standard ones (under its own key).
  const { key: _key, ...rules } = (own?.rules ?? DEFAULT_RULEBOOK) as typeof DEFAULT_RULEBOOK;
  return (
    <SiteFrame wide>
      <Link href={`/admin/municipalities/${town.id}`} className="inline-flex min-h-11 items-center underline">
        {locale === "en" ? town.nameEn : town.nameJa}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{t("editorTitle", { name: locale === "en" ? town.nameEn : town.nameJa })}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{t("editorIntro")}</p>
      <ClientMessages namespaces={["adminMunicipalities", "errors"]}>
        <RulebookEditor municipalityId={town.id} initial={JSON.stringify(rules, null, 2)} />
      </ClientMessages>
      <section aria-labelledby="history" className="mt-10">
        <h2 id="history" className="text-xl font-bold">
          {t("historyTitle")}
        </h2>
        {versions.length === 0 ? (
          <p className="mt-3">{t("historyEmpty")}</p>
        ) : (
          <div className="mt-3 overflow-x-auto rounded-xl border border-stone-200 bg-white">
            <table className="w-full text-left text-sm">
              <TableHead labels={[t("version"), t("savedAt"), t("requestsUnder")]} />
              <tbody className="divide-y divide-stone-200">
                {versions.map((v) => (
                  <tr key={v.version}>
                    <td className="px-3 py-2 tabular-nums">{v.version}</td>
                    <td className="px-3 py-2">{formatDateTime(v.savedAt, locale)}</td>
                    <td className="px-3 py-2 tabular-nums">{v.requests}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </SiteFrame>
  );
}
