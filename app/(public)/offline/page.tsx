import { getTranslations } from "next-intl/server";

/**
 * What the service worker (public/sw.js) shows when a page cannot load: it keeps a copy of this page
 * from when it was installed. No header or member data: the copy may be shown to anyone, any time.
 */
export default async function OfflinePage() {
  const t = await getTranslations("offline");
  const common = await getTranslations("common");
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-4 px-4 py-10">
      <p className="text-lg font-bold text-brand-800">{common("appName")}</p>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("body")}</p>
      {/* A form with no action loads again the address the member asked for, with no script. */}
      <form>
        <button
          type="submit"
          className="inline-flex min-h-12 items-center rounded-xl bg-brand-700 px-6 font-bold text-white hover:bg-brand-800"
        >
          {t("retry")}
        </button>
      </form>
    </main>
  );
}
