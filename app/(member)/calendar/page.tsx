import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import { SiteFrame } from "@/app/_components/site-frame";
import { siteOrigin } from "@/app/(member)/connections/_components/site-origin";
import { db } from "@/db";
import { calendarFeedOf } from "@/db/queries/meetups";
import { requireMember } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/time/format";
import { RotateFeed } from "./rotate-feed";

export default async function CalendarPage() {
  const viewer = await requireMember();
  const t = await getTranslations("calendar");
  const locale = (await getLocale()) as Locale;
  const feed = await calendarFeedOf(db(), viewer.userId);
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{t("intro")}</p>
      <p className="mt-4">{feed ? t("current", { date: formatDateTime(feed.createdAt, locale) }) : t("none")}</p>
      <ClientMessages namespaces={["calendar"]}>
        <RotateFeed origin={await siteOrigin()} exists={feed !== null} />
      </ClientMessages>
    </SiteFrame>
  );
}
