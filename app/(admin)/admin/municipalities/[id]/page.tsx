import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { districtsOf, findMunicipality, staffOf } from "@/db/queries/municipalities";
import { adoptedRulebookKey, findRulebook } from "@/db/queries/rulebooks";
import { requireAdmin } from "@/lib/auth/viewer";
import { isUuid } from "@/lib/ids";
import { AdoptDefaultButton } from "../_components/adopt-default-button";
import { DistrictForm } from "../_components/district-form";
import { StaffForm, UnassignButton } from "../_components/staff-form";

const card = "mt-8 rounded-xl border border-stone-200 bg-white p-4 sm:p-6";

/** One municipality: its districts, its staff and the rulebook it uses. */
export default async function MunicipalityPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const { id } = await params;
  const town = isUuid(id) ? await findMunicipality(db(), id) : null;
  if (!town) notFound();
  const t = await getTranslations("adminMunicipalities");
  const en = (await getLocale()) === "en";
  const [districts, staff, adopted] = await Promise.all([
    districtsOf(db(), town.id),
    staffOf(db(), town.id),
    adoptedRulebookKey(db(), town.id),
  ]);
  const own = adopted ? await findRulebook(db(), adopted) : null;
  return (
    <SiteFrame wide>
      <Link href="/admin/municipalities" className="inline-flex min-h-11 items-center underline">
        {t("back")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">
        {en ? `${town.nameEn}, ${town.prefectureEn}` : `${town.prefectureJa}${town.nameJa}`}
        <span className="ml-3 text-base font-normal text-stone-600 tabular-nums">{town.code}</span>
      </h1>

      <section aria-labelledby="districts" className={card}>
        <h2 id="districts" className="text-xl font-bold">
          {t("districtsTitle")}
        </h2>
        <p className="mt-1 text-stone-700">{t("districtsIntro")}</p>
        {districts.length === 0 ? (
          <p className="mt-3">{t("districtsEmpty")}</p>
        ) : (
          <ul className="mt-3 flex flex-wrap gap-2">
            {districts.map((d) => (
              <li key={d.id} className="rounded-lg bg-stone-100 px-3 py-1.5">
                {en ? d.nameEn : d.nameJa}
                <span className="ml-2 text-xs text-stone-600">{t(`kind.${d.kind}`)}</span>
              </li>
            ))}
          </ul>
        )}
        <ClientMessages namespaces={["adminMunicipalities", "common"]}>
          <DistrictForm municipalityId={town.id} />
        </ClientMessages>
      </section>

      <section aria-labelledby="staff" className={card}>
        <h2 id="staff" className="text-xl font-bold">
          {t("staffTitle")}
        </h2>
        <p className="mt-1 text-stone-700">{t("staffIntro")}</p>
        {staff.length === 0 ? (
          <p className="mt-3">{t("staffEmpty")}</p>
        ) : (
          <ClientMessages namespaces={["adminMunicipalities"]}>
            <ul className="mt-3 divide-y divide-stone-200">
              {staff.map((s) => (
                <li key={s.userId} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    {s.displayName && <span className="mr-2 font-medium">{s.displayName}</span>}
                    {s.email}
                  </span>
                  <UnassignButton municipalityId={town.id} userId={s.userId} label={s.email ?? ""} />
                </li>
              ))}
            </ul>
          </ClientMessages>
        )}
        <ClientMessages namespaces={["adminMunicipalities", "common"]}>
          <StaffForm municipalityId={town.id} />
        </ClientMessages>
      </section>

      <section aria-labelledby="rulebook" className={card}>
        <h2 id="rulebook" className="text-xl font-bold">
          {t("rulebookTitle")}
        </h2>
        <p className="mt-1">{own ? t("rulebookOwn", { version: own.version }) : t("rulebookDefault")}</p>
        <div className="mt-4 flex flex-wrap items-start gap-3">
          <Link
            href={`/admin/municipalities/${town.id}/rulebook`}
            className="inline-flex min-h-12 items-center rounded-xl bg-brand-700 px-6 font-bold text-white hover:bg-brand-800"
          >
            {t("editRulebook")}
          </Link>
          {own && (
            <ClientMessages namespaces={["adminMunicipalities"]}>
              <AdoptDefaultButton municipalityId={town.id} />
            </ClientMessages>
          )}
        </div>
      </section>
    </SiteFrame>
  );
}
