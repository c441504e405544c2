import { getLocale, getTranslations } from "next-intl/server";
import type { MeetupRow } from "@/db/queries/meetups";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate, formatTime } from "@/lib/time/format";

/** A page's title (what the page is) above the meetup it is about: its name, day and time, and venue. */
export async function MeetupHeading({ title, meetup }: { title: string; meetup: MeetupRow }) {
  const t = await getTranslations("attendance");
  const locale = (await getLocale()) as Locale;
  return (
    <header>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-2 text-lg font-medium">{meetup.title}</p>
      <p className="text-stone-700">
        {t("when", {
          date: formatDate(meetup.startsAt, locale),
          start: formatTime(meetup.startsAt, locale),
          end: formatTime(meetup.endsAt, locale),
        })}
      </p>
      <p className="text-stone-700">{meetup.venueName}</p>
    </header>
  );
}
