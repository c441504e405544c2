import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { lineLinkOf, pushSubscriptionsOf } from "@/db/queries/channels";
import { ownPreferences } from "@/db/queries/preferences";
import { requireMember } from "@/lib/auth/viewer";
import { env, lineEnabled, vapidSettings } from "@/lib/env";
import { NOTICE_CATEGORIES, NOTICE_CHANNELS, type NoticeChannel, preferenceKey } from "@/lib/notify/preferences";
import { DEFAULT_QUIET_HOURS, parseQuietHours, quietWindow } from "@/lib/notify/quiet-hours";
import { Devices } from "./_components/devices";
import { LineLink } from "./_components/line-link";
import { PreferencesForm } from "./_components/preferences-form";

/**
 * How notices reach the member besides the bell: this device (web push) and LINE, each only when
 * the site offers it, then which kinds of notice go on which channel, and the member's quiet hours.
 */
export default async function NotificationSettingsPage() {
  const viewer = await requireMember();
  const t = await getTranslations("preferences");
  const tc = await getTranslations("channels");
  const settings = env();
  const vapid = vapidSettings(settings);
  const line = lineEnabled(settings);
  const [prefs, devices, link] = await Promise.all([
    ownPreferences(db(), viewer.userId),
    vapid ? pushSubscriptionsOf(db(), viewer.userId) : [],
    line ? lineLinkOf(db(), viewer.userId) : null,
  ]);
  const site = quietWindow(settings.QUIET_HOURS);
  const own = prefs.quietHours ? parseQuietHours(prefs.quietHours) : null;
  const quiet = prefs.quietHours === null || own === null ? "default" : own === "off" ? "off" : "own";
  const window = own && own !== "off" ? own : (site ?? DEFAULT_QUIET_HOURS);
  // Only the channels the site offers are shown; the member's choices for the others are kept.
  const offered = NOTICE_CHANNELS.filter((ch) => ch === "email" || (ch === "push" && vapid) || (ch === "line" && line));
  const onOf = (channels: readonly NoticeChannel[]) =>
    NOTICE_CATEGORIES.flatMap((c) => channels.map((ch) => preferenceKey(c, ch))).filter((k) => !prefs.off.includes(k));
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{t("intro")}</p>
      {vapid && (
        <ClientMessages namespaces={["channels.devices"]}>
          <Devices publicKey={vapid.publicKey} endpoints={devices.map((d) => d.endpoint)} />
        </ClientMessages>
      )}
      {line && (
        <ClientMessages namespaces={["channels.lineLink"]}>
          <LineLink
            state={!link ? "not_linked" : link.following ? "following" : "not_following"}
            addFriendUrl={settings.LINE_ADD_FRIEND_URL ?? null}
          />
        </ClientMessages>
      )}
      <ClientMessages namespaces={["preferences", "common"]}>
        <PreferencesForm
          categories={[...NOTICE_CATEGORIES]}
          channels={offered}
          on={onOf(offered)}
          kept={onOf(NOTICE_CHANNELS.filter((ch) => !offered.includes(ch)))}
          quiet={quiet}
          from={window.from}
          to={window.to}
          siteWindow={site ? `${site.from}–${site.to}` : null}
        />
      </ClientMessages>
      <p className="mt-6">
        <Link href="/profile" className="font-medium text-brand-800 underline underline-offset-4">
          {tc("back")}
        </Link>
      </p>
    </SiteFrame>
  );
}
