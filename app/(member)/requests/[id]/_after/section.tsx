import { db } from "@/db";
import { afterMatchView } from "@/db/queries/care-after-view";
import type { CareState } from "@/lib/care";
import { CancelPanel } from "./cancel-panel";
import { CancelledPanel } from "./cancelled-panel";
import { ConfirmPanel, DisputedPanel } from "./confirm-panel";
import { FeedbackPanel } from "./feedback-panel";
import { afterFormat } from "./format";
import { ReportPanel } from "./report-panel";
import { ReceiptPanel, SettlementPanel } from "./settlement-panel";
import { TimeChangePanel } from "./time-change-panel";

export type AfterMatchSectionProps = {
  requestId: string;
  role: "parent" | "helper" | "recipient";
  state: CareState;
  startAt: Date;
  endAt: Date;
  viewerId: string;
};

/**
 * Everything after matching, for the parent and the chosen helper: changing the time,
 * cancelling, reporting the end, confirming it, the receipt, the cash hand-over, the thank-you
 * message and the survey. The viewer's part is worked out again here, never taken from props;
 * recipients who were not chosen see nothing of it.
 */
export async function AfterMatchSection({ requestId, viewerId }: AfterMatchSectionProps) {
  const view = await afterMatchView(db(), requestId, viewerId, new Date());
  if (!view) return null;
  const f = await afterFormat();
  const props = { view, f };
  const done = (
    <>
      <ReceiptPanel {...props} />
      <SettlementPanel {...props} />
      <FeedbackPanel {...props} />
    </>
  );
  const panels: Partial<Record<CareState, React.ReactNode>> = {
    matched: (
      <>
        <TimeChangePanel {...props} />
        <CancelPanel {...props} />
      </>
    ),
    awaiting_report: (
      <>
        <ReportPanel {...props} />
        <CancelPanel {...props} />
      </>
    ),
    reported: view.role === "parent" ? <ConfirmPanel {...props} /> : <ReportPanel {...props} />,
    disputed: <DisputedPanel {...props} />,
    completed: done,
    settled: done,
    cancelled: <CancelledPanel {...props} />,
  };
  const content = panels[view.state];
  return content ? <div className="mt-6 flex flex-col gap-6">{content}</div> : null;
}
