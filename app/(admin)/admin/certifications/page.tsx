import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { Section } from "@/app/(member)/connections/_components/section";
import { db } from "@/db";
import { listOpenApplications } from "@/db/queries/certifications";
import { listOpenQualifications } from "@/db/queries/qualifications";
import { listOpenSingleParentRequests } from "@/db/queries/single-parent";
import { requireAdmin } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n/locales";
import { isRenewal } from "@/lib/members/certification";
import { formatCalendarDate, formatDate } from "@/lib/time/format";
import { tokyoDate } from "@/lib/time/tokyo";

const openClass = "inline-flex min-h-11 items-center self-start rounded-xl border border-stone-400 px-5 font-medium hover:bg-stone-50";

/** The certification desk: what members asked for, oldest first, in three queues. */
export default async function CertificationDeskPage() {
  await requireAdmin();
  const t = await getTranslations("desk");
  const s = await getTranslations("standing");
  const locale = (await getLocale()) as Locale;
  const today = tokyoDate(new Date());
  const [applications, quals, singles] = await Promise.all([
    listOpenApplications(db()),
    listOpenQualifications(db()),
    listOpenSingleParentRequests(db()),
  ]);
  const queue = (
    id: string,
    title: string,
    rows: { id: string; name: string; what: string; createdAt: Date }[],
    href: (id: string) => string,
  ) => (
    <Section id={id} title={title} className="mt-6">
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-stone-200">
          {rows.map((r) => (
            <li key={r.id} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-center sm:justify-between">
              <span>
                <span className="font-bold">{r.name}</span>
                <span className="ml-2 text-stone-700">{r.what}</span>
                <span className="block text-sm text-stone-600">{t("appliedAt", { date: formatDate(r.createdAt, locale) })}</span>
              </span>
              <Link href={href(r.id)} aria-label={`${t("open")}: ${r.name} ${r.what}`} className={openClass}>
                {t("open")}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
  return (
    <SiteFrame wide>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{t("intro")}</p>
      {queue(
        "applications",
        t("applications"),
        applications.map((a) => ({
          id: a.id,
          name: a.displayName,
          what:
            a.certifiedUntil && isRenewal(a.certifiedUntil, today)
              ? t("renewal", { date: formatCalendarDate(a.certifiedUntil, locale) })
              : t("newApplication"),
          createdAt: a.createdAt,
        })),
        (id) => `/admin/certifications/${id}`,
      )}
      {queue(
        "qualifications",
        t("qualifications"),
        quals.map((q) => ({ id: q.id, name: q.displayName, what: s(`qualification.kind.${q.kind}`), createdAt: q.createdAt })),
        (id) => `/admin/qualifications/${id}`,
      )}
      {queue(
        "single-parent",
        t("singleParent"),
        singles.map((r) => ({ id: r.id, name: r.displayName, what: "", createdAt: r.createdAt })),
        (id) => `/admin/single-parent/${id}`,
      )}
    </SiteFrame>
  );
}
