import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { listUpcomingMeetups, municipalityNames } from "@/db/queries/meetups";
import { standingRecords } from "@/db/queries/standing";
import { getViewer } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/ids";
import { mayOrganise } from "@/lib/meetups/rules";
import { MeetupCard } from "./_components/meetup-card";
import { secondaryLinkClass } from "./_components/styles";

// Readable signed out: what, when and where, never who comes.
export default async function MeetupsPage({ searchParams }: { searchParams: Promise<{ town?: string | string[] }> }) {
  const t = await getTranslations("meetups");
  const locale = (await getLocale()) as Locale;
  const viewer = await getViewer();
  const member = viewer?.member?.status === "active" ? viewer.member : null;
  const asked = (await searchParams).town;
  const town = typeof asked === "string" ? asked : undefined;
  // A member sees their own municipality first; "all" (an empty choice) shows every one.
  const municipalityId = town === undefined ? (member?.municipalityId ?? null) : isUuid(town) ? town : null;
  const now = new Date();
  const [towns, meetups] = await Promise.all([municipalityNames(db()), listUpcomingMeetups(db(), { now, municipalityId })]);
  const organiser = member ? mayOrganise(await standingRecords(db(), member.userId), now) : false;
  const name = (m: { nameJa: string; nameEn: string }) => (locale === "en" ? m.nameEn : m.nameJa);
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{t("intro")}</p>
      {member && (
        <div className="mt-4 flex flex-wrap gap-3">
          {organiser && (
            <Link
              href="/meetups/new"
              className="inline-flex min-h-11 items-center rounded-xl bg-brand-700 px-5 font-bold text-white hover:bg-brand-800"
            >
              {t("hold")}
            </Link>
          )}
          {member.capabilities.includes("organiser") && (
            <Link href="/organiser" className={secondaryLinkClass}>
              {t("organiserView")}
            </Link>
          )}
          <Link href="/calendar" className={secondaryLinkClass}>
            {t("calendarLink")}
          </Link>
        </div>
      )}
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1.5">
          <label htmlFor="town" className="font-medium">
            {t("townLabel")}
          </label>
          <select
            id="town"
            name="town"
            defaultValue={municipalityId ?? ""}
            className="min-h-12 rounded-xl border border-stone-400 bg-white px-4"
          >
            <option value="">{t("allTowns")}</option>
            {towns.map((m) => (
              <option key={m.id} value={m.id}>
                {name(m)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-12 rounded-xl border border-stone-400 bg-white px-5 font-medium hover:bg-stone-100">
          {t("show")}
        </button>
      </form>
      {meetups.length === 0 ? (
        <p className="mt-6 rounded-xl border border-dashed border-stone-300 p-5 text-stone-700">{t("empty")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="mt-6 flex flex-col gap-3">
          {meetups.map((m) => (
            <li key={m.id}>
              <MeetupCard meetup={m} heading="h2" />
            </li>
          ))}
        </ul>
      )}
    </SiteFrame>
  );
}
