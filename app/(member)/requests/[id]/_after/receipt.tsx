import type { ThanksBreakdown, ThanksLine } from "@/lib/thanks";
import type { AfterFormat } from "./format";

/** A line's name: the catalogue's, or a plain one for a supplement a municipality's rulebook invented. */
function lineLabel(line: ThanksLine, f: AfterFormat): string {
  if (line.kind === "expense") return f.t("receipt.expenseLine", { kind: f.t(`expenseKind.${line.expenseKind}`), label: line.label });
  if (f.t.has(line.labelKey)) return f.t(line.labelKey);
  return f.t(line.kind === "surcharge" ? "thanks.fallback.surcharge" : "thanks.fallback.supplement");
}

function Row({ label, detail, yen, strong = false }: { label: string; detail?: string; yen: string; strong?: boolean }) {
  return (
    <tr className={strong ? "border-t-2 border-stone-400 text-lg font-bold" : "border-t border-stone-200"}>
      <th scope="row" className="py-2 pr-3 text-left align-top font-normal">
        <span className={strong ? "font-bold" : ""}>{label}</span>
        {detail && <span className="block text-sm text-stone-600">{detail}</span>}
      </th>
      <td className="py-2 text-right align-top whitespace-nowrap tabular-nums">{yen}</td>
    </tr>
  );
}

/**
 * The thank-you as a receipt both sides read alike: how the time was counted, each line of
 * lib/thanks' breakdown, the thank-you and expenses, and the total the parent pays.
 */
export function Receipt({ breakdown, caption, f }: { breakdown: ThanksBreakdown; caption: string; f: AfterFormat }) {
  const { t } = f;
  const thanksLines = breakdown.lines.filter((l) => l.kind !== "expense");
  const expenseLines = breakdown.lines.filter((l) => l.kind === "expense");
  return (
    <div className="flex flex-col gap-2">
      <p>{t("receipt.actual", { duration: f.duration(breakdown.actualMinutes) })}</p>
      <p>
        {t("receipt.charged", { duration: f.duration(breakdown.chargedMinutes) })}
        <span className="block text-sm text-stone-600">{t("receipt.chargedRule")}</span>
      </p>
      <table className="w-full">
        <caption className="sr-only">{caption}</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">{t("receipt.item")}</th>
            <th scope="col">{t("receipt.amount")}</th>
          </tr>
        </thead>
        <tbody>
          {thanksLines.map((l, i) => (
            <Row
              key={`t${i}`}
              label={lineLabel(l, f)}
              detail={
                l.kind === "waiver" ? undefined : t("receipt.rate", { perHour: f.yen(l.perHourYen), duration: f.duration(l.minutes) })
              }
              yen={f.yen(l.yen)}
            />
          ))}
          <Row label={t("receipt.thanksSubtotal")} yen={f.yen(breakdown.thanksYen)} />
          {expenseLines.map((l, i) => (
            <Row key={`e${i}`} label={lineLabel(l, f)} yen={f.yen(l.yen)} />
          ))}
          {expenseLines.length > 0 && <Row label={t("receipt.expensesSubtotal")} yen={f.yen(breakdown.expensesYen)} />}
          <Row label={t("receipt.total")} yen={f.yen(breakdown.parentPaysYen)} strong />
        </tbody>
      </table>
      {breakdown.subsidyYen > 0 && <p className="text-sm text-stone-700">{t("receipt.subsidy", { yen: f.yen(breakdown.subsidyYen) })}</p>}
    </div>
  );
}
