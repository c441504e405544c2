import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { lineLinkOf, pushSubscriptionsOf } from "@/db/queries/channels";
import { requireMember } from "@/lib/auth/viewer";
import { env, lineEnabled, vapidSettings } from "@/lib/env";
import { quietWindow } from "@/lib/notify/quiet-hours";
import { Devices } from "./_components/devices";
import { LineLink } from "./_components/line-link";

/** How notices reach the member besides the bell and e-mail: this device (web push) and LINE, each only when the site offers it. */
export default async function NotificationSettingsPage() {
  const { userId } = await requireMember();
  const t = await getTranslations("channels");
  const settings = env();
  const vapid = vapidSettings(settings);
  const line = lineEnabled(settings);
  const [devices, link] = await Promise.all([vapid ? pushSubscriptionsOf(db(), userId) : [], line ? lineLinkOf(db(), userId) : null]);
  const quiet = quietWindow(settings.QUIET_HOURS);
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{t(`intro.${vapid && line ? "both" : vapid ? "device" : line ? "line" : "none"}`)}</p>
      {quiet && <p className="mt-2 text-sm text-stone-700">{t("quietHours", { from: quiet.from, to: quiet.to })}</p>}
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
      <p className="mt-6">
        <Link href="/profile" className="font-medium text-brand-800 underline underline-offset-4">
          {t("back")}
        </Link>
      </p>
    </SiteFrame>
  );
}
