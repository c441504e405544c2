import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/app/(public)/actions";
import { locales } from "@/lib/i18n/locales";

/** Plain forms, so switching works before JavaScript has loaded. */
export async function LanguageSwitch() {
  const t = await getTranslations("common");
  const current = await getLocale();
  const label = { ja: t("languageJa"), en: t("languageEn") };
  return (
    <div role="group" aria-label={t("language")} className="flex shrink-0 rounded-lg border border-stone-300 text-sm">
      {locales.map((l) => (
        <form key={l} action={setLocale}>
          <input type="hidden" name="locale" value={l} />
          <button
            type="submit"
            lang={l}
            aria-pressed={l === current}
            aria-label={t("switchLanguageTo", { language: label[l] })}
            className={`min-h-10 px-2 py-1.5 whitespace-nowrap sm:px-3 ${l === current ? "bg-stone-800 font-medium text-white" : "text-stone-700 hover:bg-stone-100"} ${l === "ja" ? "rounded-l-lg" : "rounded-r-lg"}`}
          >
            {label[l]}
          </button>
        </form>
      ))}
    </div>
  );
}
