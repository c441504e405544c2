import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import type { ThanksBreakdown } from "@/lib/thanks";
import { durationParts, formatYen } from "./money";

/**
 * The itemised thank-you of lib/thanks, line by line (rate × time = yen), then the total.
 * Usable from server and client components alike.
 */
export function ThanksLines({ breakdown, totalLabel }: { breakdown: ThanksBreakdown; totalLabel: string }) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const yen = (n: number) => formatYen(n, locale);
  return (
    <dl className="flex flex-col divide-y divide-stone-200">
      {breakdown.lines.map((line, i) => (
        <div key={`${line.labelKey}-${i}`} className="flex flex-wrap items-baseline justify-between gap-x-4 py-2">
          <dt>
            {line.kind === "expense" ? `${t(line.labelKey)}: ${line.label}` : t(line.labelKey)}
            {"perHourYen" in line && (
              <span className="ml-2 text-sm text-stone-600">
                {t("care.perHourTimes", { rate: yen(line.perHourYen), duration: t("care.duration", durationParts(line.minutes)) })}
              </span>
            )}
          </dt>
          <dd className="font-medium tabular-nums">{yen(line.yen)}</dd>
        </div>
      ))}
      <div className="flex items-baseline justify-between gap-x-4 pt-2 text-lg font-bold">
        <dt>{totalLabel}</dt>
        <dd className="tabular-nums">{yen(breakdown.parentPaysYen)}</dd>
      </div>
    </dl>
  );
}
