import { ClientMessages } from "@/app/_components/client-messages";
import type { AfterMatchView } from "@/db/queries/care-after-view";
import { tokyoClock } from "@/lib/time/tokyo";
import { Card } from "./card";
import type { AfterFormat } from "./format";
import { ReportForm, type ReportValues } from "./report-form";
import { ReportSummary } from "./report-summary";
import { okClass, summaryClass } from "./styles";

/** After the end: the helper reports (or corrects the report until it is confirmed); the parent waits for it. */
export function ReportPanel({ view, f }: { view: AfterMatchView; f: AfterFormat }) {
  const { t } = f;
  const { request, report } = view;
  const day = t("report.day", { date: f.date(request.startAt) });
  if (view.role === "parent") {
    return (
      <Card id="after-report" title={t("report.title")}>
        <p>{t("report.waitingForHelper", { name: view.otherName })}</p>
      </Card>
    );
  }
  if (!report) {
    const initial: ReportValues = { startTime: tokyoClock(request.startAt), endTime: tokyoClock(request.endAt), expenses: [] };
    return (
      <Card id="after-report" title={t("report.title")}>
        <p>{t("report.intro")}</p>
        <ClientMessages namespaces={["careAfter", "common"]}>
          <ReportForm requestId={request.id} day={day} initial={initial} submit={t("report.submit")} />
        </ClientMessages>
      </Card>
    );
  }
  const initial: ReportValues = {
    startTime: tokyoClock(report.actualStartAt),
    endTime: tokyoClock(report.actualEndAt),
    expenses: report.expenses.map((e) => ({ kind: e.kind, label: e.label, yen: String(e.yen) })),
  };
  return (
    <Card id="after-report" title={t("report.title")}>
      <p className={okClass}>{t("report.sentWaiting", { name: view.otherName })}</p>
      <ReportSummary view={view} report={report} f={f} />
      <details className="group">
        <summary className={summaryClass}>{t("report.correct")}</summary>
        <div className="mt-3 flex flex-col gap-3">
          <p>{t("report.correctIntro")}</p>
          <ClientMessages namespaces={["careAfter", "common"]}>
            <ReportForm requestId={request.id} day={day} initial={initial} submit={t("report.correctSubmit")} />
          </ClientMessages>
        </div>
      </details>
    </Card>
  );
}
