import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { PhoneBanner } from "@/app/_components/phone-banner";
import { SiteFrame } from "@/app/_components/site-frame";
import { MeetupCard } from "@/app/(public)/meetups/_components/meetup-card";
import { db } from "@/db";
import { listUpcomingMeetups } from "@/db/queries/meetups";
import { memberPlace } from "@/db/queries/members";
import { needsOf } from "@/db/queries/needs";
import { standingRecords } from "@/db/queries/standing";
import { requireMember, staffMunicipality } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n/locales";
import { phoneVerified } from "@/lib/members/phone-code";
import type { Capability } from "@/lib/members/profile";
import { shownCapabilities, standingOn } from "@/lib/members/standing";
import { formatDate } from "@/lib/time/format";
import { tokyoDate } from "@/lib/time/tokyo";
import { NeedsSection } from "./_components/needs-section";

const ROLE_KEYS: Record<Capability, string> = {
  parent: "roleParent",
  supporter: "roleSupporter",
  organiser: "roleOrganiser",
  staff: "roleStaff",
  admin: "roleAdmin",
};

export default async function HomePage() {
  const viewer = await requireMember();
  const t = await getTranslations("home");
  const caps = await getTranslations("capabilities");
  const locale = (await getLocale()) as Locale;
  const now = new Date();
  const [place, records, meetups, staffOf, needs] = await Promise.all([
    memberPlace(db(), viewer.userId),
    standingRecords(db(), viewer.userId),
    listUpcomingMeetups(db(), { now, municipalityId: viewer.member.municipalityId, limit: 3 }),
    staffMunicipality(viewer),
    needsOf(db(), viewer.userId),
  ]);
  const roles = shownCapabilities(viewer.member.capabilities, standingOn(records, tokyoDate(now)));
  const stats = await getTranslations("stats");
  const en = locale === "en";
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("greeting", { name: viewer.member.displayName })}</h1>
      <p className="mt-1 text-stone-700">{t("today", { date: formatDate(now, locale) })}</p>
      {place && (
        <p className="text-stone-700">
          {t("place", {
            municipality: en ? place.municipality.nameEn : place.municipality.nameJa,
            district: en ? place.district.nameEn : place.district.nameJa,
          })}
        </p>
      )}
      <NeedsSection needs={needs} locale={locale} />
      {!phoneVerified(viewer.member) && <PhoneBanner hasNumber={Boolean(viewer.member.phone)} />}
      {staffOf && (
        <p className="mt-4">
          <Link
            href={`/municipality/${staffOf}`}
            className="inline-flex min-h-12 items-center rounded-xl bg-brand-700 px-6 font-bold text-white hover:bg-brand-800"
          >
            {stats("openDashboard")}
          </Link>
        </p>
      )}
      <section aria-labelledby="next-steps" className="mt-6 rounded-xl border border-brand-100 bg-brand-50 p-5">
        <h2 id="next-steps" className="text-lg font-bold text-brand-900">
          {t("nextStepsTitle")}
        </h2>
        <p className="mt-1">{t("nextSteps")}</p>
      </section>
      {place && (
        <section aria-labelledby="meetups" className="mt-6">
          <h2 id="meetups" className="text-lg font-bold">
            {t("meetupsTitle", { municipality: en ? place.municipality.nameEn : place.municipality.nameJa })}
          </h2>
          {meetups.length === 0 ? (
            <p className="mt-2 text-stone-700">{t("meetupsEmpty")}</p>
          ) : (
            <ul className="mt-3 flex flex-col gap-3">
              {meetups.map((m) => (
                <li key={m.id}>
                  <MeetupCard meetup={m} />
                </li>
              ))}
            </ul>
          )}
          <Link href="/meetups" className="mt-3 inline-block text-brand-800 underline">
            {t("meetupsAll")}
          </Link>
        </section>
      )}
      <section aria-labelledby="roles" className="mt-6">
        <h2 id="roles" className="text-lg font-bold">
          {t("yourRoles")}
        </h2>
        <ul className="mt-3 flex flex-col gap-3">
          {roles.map((c) => (
            <li key={c} className="rounded-xl border border-stone-200 bg-white p-4">
              <p className="font-bold">{caps(c)}</p>
              <p className="text-stone-700">{t(ROLE_KEYS[c])}</p>
            </li>
          ))}
        </ul>
      </section>
    </SiteFrame>
  );
}
