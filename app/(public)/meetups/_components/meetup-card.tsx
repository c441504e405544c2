import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import type { PublicMeetup } from "@/db/queries/meetups";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate, formatTime } from "@/lib/time/format";
import { FeeText } from "./fee-text";

/**
 * One meetup in a list: when, what, where. Nothing about who comes. `heading` is the title's level
 * on the page it is listed on (h2 straight under the page's h1, h3 under a section's h2). Not
 * prefetched: a list of them would fetch every meetup's page while the list loads.
 */
export async function MeetupCard({ meetup, heading: Heading = "h3" }: { meetup: PublicMeetup; heading?: "h2" | "h3" }) {
  const t = await getTranslations("meetups");
  const locale = (await getLocale()) as Locale;
  const town = locale === "en" ? meetup.municipalityEn : meetup.municipalityJa;
  return (
    <Link href={`/meetups/${meetup.id}`} className="block rounded-xl border border-stone-200 bg-white p-4 hover:border-brand-600">
      <p className="text-sm font-medium text-brand-800">
        {formatDate(meetup.startsAt, locale)} {formatTime(meetup.startsAt, locale)}–{formatTime(meetup.endsAt, locale)}
      </p>
      <Heading className="mt-1 text-lg font-bold">{meetup.title}</Heading>
      <p className="text-stone-700">
        {meetup.venueName}・{town}
      </p>
      <p className="mt-1 text-sm text-stone-700">
        {t("ages")}: {t("ageBand", { min: meetup.ageMin, max: meetup.ageMax })}・{t("fee")}: <FeeText feeYen={meetup.feeYen} />
      </p>
    </Link>
  );
}
