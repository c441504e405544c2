import { getTranslations } from "next-intl/server";
import { cache } from "react";
import Link from "@/app/_components/link";
import { db } from "@/db";
import { isAdminAccount } from "@/lib/auth/admin";
import { navFor } from "@/lib/auth/nav";
import type { Viewer } from "@/lib/auth/viewer";
import { LanguageSwitch } from "./language-switch";
import { MainNav } from "./main-nav";
import { NotificationBell } from "./notification-bell";
import { SignOutButton } from "./sign-out-button";

/** Once per request: Next.js also renders the not-found page's header, beside the page's own. */
const adminViewer = cache((viewer: Viewer) => isAdminAccount(db(), viewer.userId, viewer.member));

export async function SiteHeader({ viewer }: { viewer: Viewer | null }) {
  const t = await getTranslations();
  const isAdmin = viewer ? await adminViewer(viewer) : false;
  const items = navFor(viewer?.member ?? null, isAdmin);
  return (
    <header className="border-b border-stone-200 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("common.skipToContent")}
      </a>
      <div className="mx-auto flex max-w-5xl items-center gap-x-2 px-4 py-3 sm:gap-x-4">
        <Link href={viewer ? "/home" : "/"} className="mr-auto flex shrink-0 items-baseline gap-2 whitespace-nowrap text-brand-800">
          <span className="text-xl font-bold">{t("common.appName")}</span>
          <span className="hidden text-xs text-stone-600 sm:inline">{t("common.appNameLatin")}</span>
        </Link>
        {viewer?.member && <NotificationBell userId={viewer.userId} />}
        <LanguageSwitch />
        {viewer ? (
          <SignOutButton label={t("common.signOut")} />
        ) : (
          <Link
            href="/signin"
            className="shrink-0 rounded-lg bg-brand-700 px-3 py-2 text-sm font-medium whitespace-nowrap text-white hover:bg-brand-800"
          >
            {t("common.signIn")}
          </Link>
        )}
      </div>
      {items.length > 0 && (
        <MainNav label={t("common.mainNavigation")} items={items.map((item) => ({ href: item.href, label: t(`nav.${item.key}`) }))} />
      )}
    </header>
  );
}
