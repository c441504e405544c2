import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { listMunicipalities } from "@/db/queries/municipalities";
import { requireAdmin } from "@/lib/auth/viewer";
import { TableHead } from "../_components/table-head";
import { MunicipalityForm } from "./_components/municipality-form";

export default async function MunicipalitiesPage() {
  await requireAdmin();
  const t = await getTranslations("adminMunicipalities");
  const en = (await getLocale()) === "en";
  const rows = await listMunicipalities(db());
  return (
    <SiteFrame wide>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{t("intro")}</p>
      {rows.length === 0 ? (
        <p className="mt-6 rounded-xl border border-stone-200 bg-white p-4">{t("empty")}</p>
      ) : (
        <div className="mt-6 overflow-x-auto rounded-xl border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <TableHead labels={(["code", "prefecture", "name", "districts", "staff"] as const).map((k) => t(k))} />
            <tbody className="divide-y divide-stone-200">
              {rows.map((m) => (
                <tr key={m.id}>
                  <td className="px-3 py-2 tabular-nums">{m.code}</td>
                  <td className="px-3 py-2">{en ? m.prefectureEn : m.prefectureJa}</td>
                  <td className="px-3 py-2">
                    <Link href={`/admin/municipalities/${m.id}`} className="font-medium text-brand-800 underline underline-offset-4">
                      {en ? m.nameEn : m.nameJa}
                    </Link>
                  </td>
                  <td className="px-3 py-2 tabular-nums">{m.districts}</td>
                  <td className="px-3 py-2 tabular-nums">{m.staff}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2 className="mt-8 text-xl font-bold">{t("newTitle")}</h2>
      <ClientMessages namespaces={["adminMunicipalities", "common"]}>
        <MunicipalityForm />
      </ClientMessages>
    </SiteFrame>
  );
}
