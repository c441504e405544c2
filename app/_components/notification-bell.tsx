import { getTranslations } from "next-intl/server";
import { cache } from "react";
import Link from "@/app/_components/link";
import { db } from "@/db";
import { unreadCount } from "@/db/queries/notifications";

/** Above this many unread notifications the badge shows "99+". */
const BADGE_MAX = 99;

/** Once per request: Next.js also renders the not-found page's header, beside the page's own. */
const unreadOf = cache((userId: string) => unreadCount(db(), userId));

/**
 * The bell in the header: a link to /notifications with the number of unread ones. Its accessible
 * name holds the number the badge shows ("99+" too), so a person who says what they see can reach it.
 */
export async function NotificationBell({ userId }: { userId: string }) {
  const t = await getTranslations("notifications");
  const unread = await unreadOf(userId);
  const label = unread > BADGE_MAX ? t("bellUnreadMany") : unread > 0 ? t("bellUnread", { count: unread }) : t("bell");
  return (
    <Link
      href="/notifications"
      aria-label={label}
      title={label}
      className="relative inline-flex size-11 shrink-0 items-center justify-center rounded-lg text-stone-800 hover:bg-stone-100"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-6"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && (
        <span
          aria-hidden="true"
          className="absolute top-0.5 right-0.5 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs leading-5 font-bold text-white"
        >
          {unread > BADGE_MAX ? `${BADGE_MAX}+` : unread}
        </span>
      )}
    </Link>
  );
}
