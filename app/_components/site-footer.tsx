import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";

export async function SiteFooter() {
  const t = await getTranslations("common");
  const contact = await getTranslations("contact");
  const safety = await getTranslations("safetyPage");
  return (
    <footer className="border-t border-stone-200 bg-white text-sm text-stone-700">
      <div className="mx-auto flex max-w-5xl flex-col gap-2 px-4 py-6 sm:flex-row sm:items-center sm:justify-between">
        <nav aria-label={t("footerNavigation")}>
          <ul className="flex flex-wrap gap-4">
            <li>
              <Link href="/terms" className="underline">
                {t("terms")}
              </Link>
            </li>
            <li>
              <Link href="/privacy" className="underline">
                {t("privacy")}
              </Link>
            </li>
            <li>
              <Link href="/safety" className="underline">
                {safety("title")}
              </Link>
            </li>
            <li>
              <Link href="/contact" className="underline">
                {contact("footerLink")}
              </Link>
            </li>
          </ul>
        </nav>
        <p>{t("copyright")}</p>
      </div>
    </footer>
  );
}
