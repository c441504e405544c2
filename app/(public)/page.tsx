import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { storedLandingGroups } from "@/db/queries/stats";
import { getViewer } from "@/lib/auth/viewer";
import { landingHeadline, PUBLISHED_MODEL } from "@/lib/stats/platform";

const POINTS = [1, 2, 3, 4] as const;

export default async function LandingPage() {
  const t = await getTranslations("landing");
  const viewer = await getViewer();
  // Grouped by the statistics refresh (lib/stats/workflows/refresh.ts): a view reads one small row.
  const figures = landingHeadline(await storedLandingGroups(db()));
  return (
    <SiteFrame wide>
      <section aria-labelledby="hero" className="rounded-2xl bg-brand-800 px-6 py-10 text-white sm:px-10 sm:py-14">
        <h1 id="hero" className="text-2xl leading-snug font-bold sm:text-4xl">
          {t("heroTitle")}
        </h1>
        <p className="mt-4 max-w-2xl text-base sm:text-lg">{t("heroBody")}</p>
        <Link
          href={viewer ? "/home" : "/signin"}
          className="mt-6 inline-block rounded-xl bg-white px-6 py-3 text-base font-bold text-brand-900 hover:bg-brand-50"
        >
          {viewer ? t("ctaSignedIn") : t("cta")}
        </Link>
        <Link href="/meetups" className="mt-5 block w-fit text-base font-bold text-white underline sm:mt-6 sm:ml-4 sm:inline-block">
          {t("meetupsLink")}
        </Link>
      </section>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2">
        {POINTS.map((n) => (
          <li key={n} className="rounded-xl border border-stone-200 bg-white p-5">
            <h2 className="text-lg font-bold text-brand-900">{t(`point${n}Title`)}</h2>
            <p className="mt-1 text-stone-700">{t(`point${n}Body`)}</p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="figures" className="mt-8 rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="figures" className="text-lg font-bold">
          {figures.source === "platform" ? t("statsTitle") : t("statsTitleModel")}
        </h2>
        <dl className="mt-3 grid grid-cols-2 gap-4">
          <div>
            <dt className="text-sm text-stone-700">{t("statSolved")}</dt>
            <dd className="text-3xl font-bold text-brand-800">{figures.solvedRate}%</dd>
          </div>
          <div>
            <dt className="text-sm text-stone-700">{t("statAgain")}</dt>
            <dd className="text-3xl font-bold text-brand-800">{figures.satisfaction}%</dd>
          </div>
        </dl>
        <p className="mt-3 text-sm text-stone-700">
          {figures.source === "platform"
            ? t("statsPlatformNote", { count: figures.counted })
            : t("statsModelSource", { source: PUBLISHED_MODEL.source, year: PUBLISHED_MODEL.year })}
        </p>
      </section>
    </SiteFrame>
  );
}
