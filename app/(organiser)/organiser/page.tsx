import { getLocale, getTranslations } from "next-intl/server";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { familiesReached, organiserMeetupsWithCounts } from "@/db/queries/meetup-attendance";
import { requireMember } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate, formatTime } from "@/lib/time/format";
import { tokyoYear } from "@/lib/time/tokyo";

/** The organiser's own meetups with their attendance, and the families reached this year. Everyone sees only their own. */
export default async function OrganiserPage() {
  const { userId } = await requireMember();
  const t = await getTranslations("attendance.organiser");
  const attendance = await getTranslations("attendance");
  const locale = (await getLocale()) as Locale;
  const year = tokyoYear(new Date());
  const [meetups, reached] = await Promise.all([
    organiserMeetupsWithCounts(db(), userId),
    familiesReached(db(), userId, year.from, year.to),
  ]);
  return (
    <SiteFrame wide>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{t("intro")}</p>
      <section aria-labelledby="reached" className="mt-6 rounded-xl border border-brand-100 bg-brand-50 p-4 sm:p-5">
        <h2 id="reached" className="font-bold text-brand-900">
          {t("reached", { year: year.year })}
        </h2>
        <p className="mt-1 text-3xl font-bold text-brand-900" data-testid="families-reached">
          {t("reachedValue", { count: reached })}
        </p>
        <p className="mt-1 text-sm text-stone-700">{t("reachedHint", { year: year.year })}</p>
      </section>
      {meetups.length === 0 ? (
        <p className="mt-6 rounded-xl border border-dashed border-stone-300 p-5 text-stone-700">{t("empty")}</p>
      ) : (
        <ul aria-label={t("title")} className="mt-6 flex flex-col gap-4">
          {meetups.map((m) => (
            <li key={m.meetup.id} className="rounded-xl border border-stone-200 bg-white p-4 sm:p-5">
              <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                <h2 className="text-lg font-bold">
                  {m.meetup.title}
                  {m.meetup.status === "cancelled" && (
                    <span className="ml-2 rounded-full bg-stone-200 px-2 text-sm font-medium text-stone-800">{t("cancelled")}</span>
                  )}
                </h2>
                <p className="text-stone-700">
                  {attendance("when", {
                    date: formatDate(m.meetup.startsAt, locale),
                    start: formatTime(m.meetup.startsAt, locale),
                    end: formatTime(m.meetup.endsAt, locale),
                  })}
                </p>
              </div>
              <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
                <Figure
                  label={t("confirmed")}
                  value={t("count", { count: m.confirmed })}
                  detail={m.confirmed > 0 ? attendance("party", { adults: m.confirmedAdults, children: m.confirmedChildren }) : undefined}
                />
                <Figure label={t("waitlisted")} value={t("count", { count: m.waitlisted })} />
                <Figure
                  label={t("checkedIn")}
                  value={t("count", { count: m.checkedIn })}
                  detail={m.walkIns > 0 ? t("walkIns", { count: m.walkIns }) : undefined}
                />
                <Figure label={t("formed")} value={t("count", { count: m.connectionsFormed })} />
              </dl>
              <p className="mt-3">
                {/* A full page load, not a client-side one: the desk's camera permission comes with its own document's headers. */}
                <a
                  href={`/meetups/${m.meetup.id}/check-in`}
                  aria-label={t("checkInLinkName", { title: m.meetup.title })}
                  className="inline-flex min-h-11 items-center rounded-xl border border-stone-400 bg-white px-4 font-medium text-brand-800"
                >
                  {t("checkInLink")}
                </a>
              </p>
            </li>
          ))}
        </ul>
      )}
    </SiteFrame>
  );
}

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="rounded-lg bg-stone-50 p-3">
      <dt className="text-sm text-stone-700">{label}</dt>
      <dd className="text-2xl font-bold">{value}</dd>
      {detail && <dd className="text-sm text-stone-700">{detail}</dd>}
    </div>
  );
}
