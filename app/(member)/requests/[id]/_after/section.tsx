import { db } from "@/db";
import { afterMatchView } from "@/db/queries/care-after-view";
import { cardFacts } from "@/db/queries/payments";
import type { CareState } from "@/lib/care";
import { cardPaymentsEnabled } from "@/lib/env";
import { cardOption, cashConfirmed } from "@/lib/payments/status";
import { viewerCare } from "../_view/viewer-care";
import { CancelPanel } from "./cancel-panel";
import { CancelledPanel } from "./cancelled-panel";
import { CardPanel } from "./card-panel";
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
/** The card part of a completed care: what lib says may be offered, and the payment if there is one. */
async function CardSection({
  view,
  f,
}: {
  view: NonNullable<Awaited<ReturnType<typeof afterMatchView>>>;
  f: Awaited<ReturnType<typeof afterFormat>>;
}) {
  const facts = await cardFacts(db(), view.request.id, view.request.helperId!);
  const option = cardOption({
    enabled: cardPaymentsEnabled(),
    helperChargesEnabled: facts.helperChargesEnabled,
    parentPaysYen: view.report?.parentPaysYen ?? 0,
    cashConfirmed: cashConfirmed(view.settlement),
  });
  return <CardPanel view={view} card={{ option, payment: facts.payment }} f={f} />;
}

export async function AfterMatchSection({ requestId, viewerId }: AfterMatchSectionProps) {
  const view = await afterMatchView(db(), requestId, viewerId, new Date(), viewerCare);
  if (!view) return null;
  const f = await afterFormat();
  const props = { view, f };
  const done = (
    <>
      <ReceiptPanel {...props} />
      {view.request.helperId && <CardSection view={view} f={f} />}
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
