import { getLocale, getTranslations } from "next-intl/server";
import type { NapState } from "@/lib/care/during/nap";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/time/format";
import { cardClass, subheadingClass } from "./styles";

export type NapLogRow = { id: string; childName: string; state: NapState; note: string | null; checkedAt: Date };

/** Every nap check of the care, newest first: the parent sees how the nap went, the helper what they logged. */
export async function NapLog({ rows }: { rows: NapLogRow[] }) {
  const t = await getTranslations("careDuring.nap");
  const locale = (await getLocale()) as Locale;
  return (
    <section aria-labelledby="nap-log-title" className="flex flex-col gap-3">
      <h3 id="nap-log-title" className={subheadingClass}>
        {t("logTitle")}
      </h3>
      {rows.length === 0 ? (
        <p className="text-stone-700">{t("logEmpty")}</p>
      ) : (
        <ol className={`${cardClass} divide-y divide-stone-200`}>
          {rows.map((r) => (
            <li key={r.id} className="flex flex-col gap-0.5 px-4 py-3 sm:flex-row sm:flex-wrap sm:gap-x-3">
              <time dateTime={r.checkedAt.toISOString()} className="text-sm text-stone-700 tabular-nums">
                {formatDateTime(r.checkedAt, locale)}
              </time>
              <span className="font-medium">{r.childName}</span>
              <span className={r.state === "concern" ? "font-bold text-red-800" : ""}>{t(`states.${r.state}`)}</span>
              {r.note && <span className="w-full text-stone-800">{r.note}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
