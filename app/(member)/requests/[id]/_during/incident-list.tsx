import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/time/format";
import { cardClass, subheadingClass } from "./styles";

export type IncidentRow = {
  id: string;
  severity: "minor" | "serious";
  seriousKind: "death" | "unconscious" | "injury_30_days" | null;
  description: string;
  occurredAt: Date;
  handledAt: Date | null;
  reporterName: string | null;
};

/** The incidents reported on this care, for its two adults. */
export async function IncidentList({ rows }: { rows: IncidentRow[] }) {
  const t = await getTranslations("careDuring.incident");
  const locale = (await getLocale()) as Locale;
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="incident-list-title" className="flex flex-col gap-3">
      <h3 id="incident-list-title" className={subheadingClass}>
        {t("listTitle")}
      </h3>
      <ul className="flex flex-col gap-3">
        {rows.map((r) => (
          <li key={r.id} className={`${cardClass} flex flex-col gap-1 p-4`}>
            <p className="flex flex-wrap items-center gap-2">
              <span
                className={`rounded px-2 py-0.5 text-sm font-bold ${r.severity === "serious" ? "bg-red-100 text-red-900" : "bg-stone-100 text-stone-800"}`}
              >
                {t(`severity.${r.severity}`)}
              </span>
              {r.seriousKind && <span className="font-bold text-red-900">{t(`kinds.${r.seriousKind}`)}</span>}
            </p>
            <p className="whitespace-pre-line">{r.description}</p>
            <p className="text-sm text-stone-700">
              {t("occurred", { date: formatDateTime(r.occurredAt, locale) })} ・ {t("reportedBy", { name: r.reporterName ?? "—" })}
            </p>
            {r.handledAt && <p className="text-sm font-medium text-brand-900">{t("handled")}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
