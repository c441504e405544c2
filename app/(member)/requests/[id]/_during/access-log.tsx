import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/time/format";
import { cardClass, subheadingClass } from "./styles";

export type AccessLogRow = { id: string; viewedAt: Date; viewerName: string | null; childName: string };

/** The parent's view of the audit log: who opened which child's care details, and when. */
export async function AccessLog({ rows }: { rows: AccessLogRow[] }) {
  const t = await getTranslations("careDuring.accessLog");
  const locale = (await getLocale()) as Locale;
  return (
    <section aria-labelledby="access-log-title" className="flex flex-col gap-3">
      <div>
        <h3 id="access-log-title" className={subheadingClass}>
          {t("title")}
        </h3>
        <p className="mt-1 text-stone-700">{t("intro")}</p>
      </div>
      {rows.length === 0 ? (
        <p className="text-stone-700">{t("empty")}</p>
      ) : (
        <ol className={`${cardClass} divide-y divide-stone-200`}>
          {rows.map((r) => (
            <li key={r.id} className="flex flex-col gap-0.5 px-4 py-3 sm:flex-row sm:gap-3">
              <time dateTime={r.viewedAt.toISOString()} className="text-sm text-stone-700 tabular-nums">
                {formatDateTime(r.viewedAt, locale)}
              </time>
              <span>{t("entry", { name: r.viewerName ?? "—", child: r.childName })}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
