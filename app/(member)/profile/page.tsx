import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import { FactsList } from "@/app/_components/facts-list";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { memberPlace } from "@/db/queries/members";
import { standingRecords } from "@/db/queries/standing";
import { hasCapability } from "@/lib/auth/capabilities";
import { requireMember } from "@/lib/auth/viewer";
import { badgesOf } from "@/lib/connections/visibility";
import { cardPaymentsEnabled } from "@/lib/env";
import { joinList } from "@/lib/i18n/list";
import type { Locale } from "@/lib/i18n/locales";
import { SELF_CHOSEN_CAPABILITIES } from "@/lib/members/capabilities";
import { formatPhoneJa } from "@/lib/members/phone";
import { phoneVerified } from "@/lib/members/phone-code";
import { shownCapabilities, standingOn } from "@/lib/members/standing";
import { formatCalendarDate, formatDate } from "@/lib/time/format";
import { tokyoDate } from "@/lib/time/tokyo";
import { CapabilitiesForm } from "./capabilities-form";
import { StandingSection } from "./standing-section";

export default async function ProfilePage() {
  const { member, email, userId } = await requireMember();
  const t = await getTranslations("profile");
  const caps = await getTranslations("capabilities");
  const common = await getTranslations("common");
  const phoneT = await getTranslations("phone");
  const locale = (await getLocale()) as Locale;
  const today = tokyoDate(new Date());
  const [place, records] = await Promise.all([memberPlace(db(), userId), standingRecords(db(), userId)]);
  const standing = standingOn(records, today);
  const badges = badgesOf(standing);
  const mp = await getTranslations("memberProfile");
  const pay = await getTranslations("payments");
  const privacy = await getTranslations("privacy.settings");
  const en = locale === "en";
  const rows: [string, React.ReactNode][] = [
    [t("email"), email ?? ""],
    [
      t("phone"),
      <span key="phone" className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span>{member.phone ? formatPhoneJa(member.phone) : phoneT("noNumberShort")}</span>
        <span className="text-sm font-bold">{phoneVerified(member) ? phoneT("verified") : phoneT("notVerified")}</span>
        <Link href="/profile/phone" className="font-medium text-brand-800 underline underline-offset-4">
          {phoneVerified(member) ? phoneT("changeLink") : phoneT("verifyLink")}
        </Link>
      </span>,
    ],
    [t("birthDate"), formatCalendarDate(member.birthDate, locale)],
    [
      t("place"),
      place
        ? en
          ? `${place.district.nameEn}, ${place.municipality.nameEn}`
          : `${place.municipality.nameJa} ${place.district.nameJa}`
        : "",
    ],
    [
      t("capabilities"),
      joinList(
        shownCapabilities(member.capabilities, standing).map((c) => caps(c)),
        locale,
      ),
    ],
    [
      mp("badges"),
      badges.length === 0 ? (
        mp("noBadges")
      ) : (
        <ul className="flex flex-wrap gap-2">
          {badges.map((b) => (
            <li key={b} className="rounded-full border border-brand-100 bg-brand-50 px-3 py-0.5 text-sm font-medium text-brand-900">
              {mp(`badge.${b}`)}
            </li>
          ))}
        </ul>
      ),
    ],
    [t("language"), member.locale === "en" ? common("languageEn") : common("languageJa")],
    [t("memberSince"), formatDate(member.createdAt, locale)],
  ];
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-xl">
        {member.displayName}
        <span className="ml-2 text-base text-stone-600">{member.nameKana}</span>
      </p>
      <FactsList rows={rows} />
      <ClientMessages namespaces={["profileCapabilities", "onboarding"]}>
        <CapabilitiesForm current={SELF_CHOSEN_CAPABILITIES.filter((c) => member.capabilities.includes(c))} />
      </ClientMessages>
      <StandingSection userId={userId} certifiedUntil={member.organiserCertifiedUntil} standing={standing} today={today} />
      <p className="mt-6">
        <Link
          href="/settings/notifications"
          className="inline-flex min-h-11 items-center font-medium text-brand-800 underline underline-offset-4"
        >
          {(await getTranslations("preferences"))("profileLink")}
        </Link>
      </p>
      {hasCapability(member, "supporter") && (
        <nav aria-label={pay("statement.title")} className="mt-6 flex flex-col items-start">
          {cardPaymentsEnabled() && (
            <Link
              href="/profile/payments"
              className="inline-flex min-h-11 items-center font-medium text-brand-800 underline underline-offset-4"
            >
              {pay("profileLink")}
            </Link>
          )}
          <Link
            href="/profile/statement"
            className="inline-flex min-h-11 items-center font-medium text-brand-800 underline underline-offset-4"
          >
            {pay("settings.statementLink")}
          </Link>
        </nav>
      )}
      <section aria-labelledby="privacy-settings" className="mt-8">
        <h2 id="privacy-settings" className="text-lg font-bold">
          {privacy("title")}
        </h2>
        <Link href="/profile/privacy" className="inline-flex min-h-11 items-center font-medium text-brand-800 underline underline-offset-4">
          {privacy("link")}
        </Link>
      </section>
    </SiteFrame>
  );
}
