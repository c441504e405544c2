import { getLocale, getTranslations } from "next-intl/server";
import { SiteFrame } from "@/app/_components/site-frame";
import { devSignInAs } from "@/app/(public)/actions";
import { db } from "@/db";
import { listAccounts } from "@/db/queries/members";
import { joinList } from "@/lib/i18n/list";
import type { Locale } from "@/lib/i18n/locales";

export default async function DevSignInAsPage() {
  const t = await getTranslations("dev");
  const caps = await getTranslations("capabilities");
  const locale = (await getLocale()) as Locale;
  const accounts = await listAccounts(db());
  return (
    <SiteFrame wide>
      <h1 className="text-2xl font-bold">{t("signInAsTitle")}</h1>
      <p className="mt-2 text-stone-700">{t("signInAsIntro")}</p>
      <ul className="mt-6 grid gap-3 sm:grid-cols-2">
        {accounts.map((a) => (
          <li key={a.userId}>
            <form action={devSignInAs} className="h-full">
              <input type="hidden" name="userId" value={a.userId} />
              <button
                type="submit"
                aria-label={t("signInAs", { name: a.displayName ?? a.email ?? "" })}
                className="flex h-full w-full flex-col items-start rounded-xl border border-stone-300 bg-white p-4 text-left hover:border-brand-700"
              >
                <span className="font-bold">{a.displayName ?? t("notOnboarded")}</span>
                <span className="text-sm text-stone-600">{a.email}</span>
                <span className="mt-1 text-sm text-brand-800">
                  {joinList(
                    (a.capabilities ?? []).map((c) => caps(c)),
                    locale,
                  )}
                </span>
              </button>
            </form>
          </li>
        ))}
      </ul>
    </SiteFrame>
  );
}
