import { getLocale, getTranslations } from "next-intl/server";
import { SiteFrame } from "@/app/_components/site-frame";
import { ActionButton } from "@/app/(member)/connections/_components/action-button";
import { db } from "@/db";
import { listNotifications } from "@/db/queries/notifications";
import { requireMember } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n/locales";
import { notificationText } from "@/lib/notify/notification-text";
import { formatDateTime } from "@/lib/time/format";
import { markAllReadAction, openNotificationAction } from "./actions";

// A plain form, so a notification opens (and is marked read) even before JavaScript has loaded.
async function open(form: FormData) {
  "use server";
  await openNotificationAction(null, form);
}

export default async function NotificationsPage() {
  const viewer = await requireMember();
  const t = await getTranslations("notifications");
  const common = await getTranslations("common");
  const locale = (await getLocale()) as Locale;
  const items = await listNotifications(db(), viewer.userId);
  const unread = items.filter((n) => !n.readAt).length;
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{unread > 0 ? t("unreadCount", { count: unread }) : t("allRead")}</p>
      {unread > 0 && (
        <div className="mt-4">
          <ActionButton id="mark-all" action={markAllReadAction} label={t("markAll")} pendingLabel={common("saving")} />
        </div>
      )}
      {items.length === 0 ? (
        <p className="mt-6 rounded-xl border border-dashed border-stone-300 p-5 text-stone-700">{t("empty")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="mt-6 flex flex-col gap-2">
          {items.map((n) => (
            <li key={n.id}>
              <form action={open}>
                <input type="hidden" name="id" value={n.id} />
                <button
                  type="submit"
                  className={`flex min-h-12 w-full flex-col items-start gap-1 rounded-xl border p-4 text-left hover:border-brand-600 ${n.readAt ? "border-stone-200 bg-white" : "border-brand-700 bg-brand-50"}`}
                >
                  <span className="flex flex-wrap items-center gap-2">
                    {!n.readAt && (
                      <span className="rounded-full bg-brand-700 px-2 text-xs leading-5 font-bold text-white">{t("unread")}</span>
                    )}
                    <span className={n.readAt ? "" : "font-bold"}>{notificationText(t, n.kind, n.data, locale)}</span>
                  </span>
                  <span className="text-sm text-stone-600">{formatDateTime(n.createdAt, locale)}</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </SiteFrame>
  );
}
