import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/app/(member)/connections/_components/action-button";
import type { AfterMatchView } from "@/db/queries/care-after-view";
import { confirmAction, disputeAction } from "./actions";
import { Card } from "./card";
import type { AfterFormat } from "./format";
import { ReasonForm } from "./reason-form";
import { Receipt } from "./receipt";
import { ReportSummary } from "./report-summary";

/** The parent checks the report and what it will cost, then confirms it or asks the platform. */
export async function ConfirmPanel({ view, f }: { view: AfterMatchView; f: AfterFormat }) {
  const { t } = f;
  const common = await getTranslations("common");
  const { request, report, preview } = view;
  if (!report) return null;
  return (
    <Card id="after-confirm" title={t("confirm.title")}>
      <p>{t("confirm.intro", { name: view.otherName })}</p>
      <ReportSummary view={view} report={report} f={f} />
      {preview?.ok && (
        <section aria-labelledby="after-preview-title" className="flex flex-col gap-2">
          <h3 id="after-preview-title" className="font-bold">
            {t("confirm.previewTitle")}
          </h3>
          <Receipt breakdown={preview.breakdown} caption={t("confirm.previewTitle")} f={f} />
        </section>
      )}
      <ActionButton
        id="after-confirm-button"
        action={confirmAction}
        fields={{ requestId: request.id, reportedAt: report.reportedAt.toISOString() }}
        label={t("confirm.submit")}
        pendingLabel={t("confirm.submitting")}
        variant="primary"
      />
      <ReasonForm
        id="dispute"
        action={disputeAction}
        fields={{ requestId: request.id }}
        open={t("confirm.disputeOpen")}
        intro={t("confirm.disputeIntro")}
        label={t("confirm.disputeReason")}
        submit={t("confirm.disputeSubmit")}
        pending={t("confirm.disputeSubmitting")}
        required={common("required")}
        danger={false}
      />
    </Card>
  );
}

/** While an admin decides, both sides see what was reported and what was asked. */
export function DisputedPanel({ view, f }: { view: AfterMatchView; f: AfterFormat }) {
  const { t } = f;
  if (!view.report) return null;
  return (
    <Card id="after-dispute" title={t("dispute.title")}>
      <p>{t("dispute.intro")}</p>
      {view.report.disputeReason && <p className="whitespace-pre-line">{t("dispute.reason", { reason: view.report.disputeReason })}</p>}
      <ReportSummary view={view} report={view.report} f={f} />
    </Card>
  );
}
