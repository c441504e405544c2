import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { ownPreferences } from "@/db/queries/preferences";
import { requireMember } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { NOTICE_CATEGORIES, NOTICE_CHANNELS, preferenceKey } from "@/lib/notify/preferences";
import { DEFAULT_QUIET_HOURS, parseQuietHours, quietWindow } from "@/lib/notify/quiet-hours";
import { PreferencesForm } from "./_components/preferences-form";

export default async function NotificationSettingsPage() {
  const viewer = await requireMember();
  const t = await getTranslations("preferences");
  const prefs = await ownPreferences(db(), viewer.userId);
  const site = quietWindow(env().QUIET_HOURS);
  const own = prefs.quietHours ? parseQuietHours(prefs.quietHours) : null;
  const quiet = prefs.quietHours === null || own === null ? "default" : own === "off" ? "off" : "own";
  const window = own && own !== "off" ? own : (site ?? DEFAULT_QUIET_HOURS);
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{t("intro")}</p>
      <ClientMessages namespaces={["preferences", "common"]}>
        <PreferencesForm
          categories={[...NOTICE_CATEGORIES]}
          channels={[...NOTICE_CHANNELS]}
          on={NOTICE_CATEGORIES.flatMap((c) => NOTICE_CHANNELS.map((ch) => preferenceKey(c, ch))).filter((k) => !prefs.off.includes(k))}
          quiet={quiet}
          from={window.from}
          to={window.to}
          siteWindow={site ? `${site.from}–${site.to}` : null}
        />
      </ClientMessages>
    </SiteFrame>
  );
}
