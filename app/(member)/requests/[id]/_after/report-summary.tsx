import type { AfterMatchView } from "@/db/queries/care-after-view";
import type { AfterFormat } from "./format";
import { noticeClass } from "./styles";

type Report = NonNullable<AfterMatchView["report"]>;

/** What the helper reported, beside what was agreed, and any time that ran past the insured window. */
export function ReportSummary({ view, report, f }: { view: AfterMatchView; report: Report; f: AfterFormat }) {
  const { t } = f;
  const actual = { start: report.actualStartAt, end: report.actualEndAt };
  const uncovered = report.uncoveredFrom;
  return (
    <div className="flex flex-col gap-3">
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t("summary.actual")}</dt>
        <dd>
          {t("summary.actualValue", {
            range: f.range(actual.start, actual.end),
            duration: f.duration(f.minutesBetween(actual.start, actual.end)),
          })}
        </dd>
        <dt className="font-medium">{t("summary.agreed")}</dt>
        <dd>{f.range(view.request.startAt, view.request.endAt)}</dd>
        <dt className="font-medium">{t("summary.expenses")}</dt>
        <dd>
          {report.expenses.length === 0 ? (
            t("summary.noExpenses")
          ) : (
            <ul>
              {report.expenses.map((e, i) => (
                <li key={i}>
                  {t("receipt.expenseLine", { kind: t(`expenseKind.${e.kind}`), label: e.label })} {f.yen(e.yen)}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      {uncovered && <p className={noticeClass}>{t("summary.uncovered", { time: f.time(uncovered) })}</p>}
      {report.disputeReason && view.state === "reported" && (
        <p className="text-sm text-stone-700 whitespace-pre-line">{t("summary.previousDispute", { reason: report.disputeReason })}</p>
      )}
    </div>
  );
}
