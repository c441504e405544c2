import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";

/** Asks a member whose number is not verified (or was taken back by its owner) to verify it. */
export async function PhoneBanner({ hasNumber }: { hasNumber: boolean }) {
  const t = await getTranslations("phone");
  return (
    <section aria-labelledby="phone-banner" className="mt-6 rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950 sm:p-5">
      <h2 id="phone-banner" className="text-lg font-bold">
        {hasNumber ? t("bannerTitle") : t("bannerNoNumberTitle")}
      </h2>
      <p className="mt-1">{hasNumber ? t("banner") : t("bannerNoNumber")}</p>
      <Link
        href="/profile/phone"
        className="mt-3 inline-flex min-h-12 items-center rounded-xl bg-brand-700 px-6 font-bold text-white hover:bg-brand-800"
      >
        {t("bannerLink")}
      </Link>
    </section>
  );
}
