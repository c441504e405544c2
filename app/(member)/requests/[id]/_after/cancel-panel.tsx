import { getTranslations } from "next-intl/server";
import type { AfterMatchView } from "@/db/queries/care-after-view";
import { cancelAction, noShowAction } from "./actions";
import { Card } from "./card";
import { chargeText } from "./charge";
import type { AfterFormat } from "./format";
import { ReasonForm } from "./reason-form";

/**
 * Cancelling (either side, before the end) and, once the start has passed, "they did not come"
 * (either side, about the other). Each says beforehand what it will record and what it will cost.
 */
export async function CancelPanel({ view, f }: { view: AfterMatchView; f: AfterFormat }) {
  const { t } = f;
  const common = await getTranslations("common");
  const { request, cancelPreview, noShowOpen, noShowPreview } = view;
  // The parent records the supporter's absence; the supporter records the parent's.
  const ns = view.role === "parent" ? "cancel.noShow" : "cancel.parentNoShow";
  if (!cancelPreview && !noShowOpen) return null;
  const shared = { fields: { requestId: request.id }, required: common("required"), pending: t("cancel.submitting") };
  return (
    <Card id="after-cancel" title={t("cancel.title")}>
      {cancelPreview && (
        <ReasonForm
          {...shared}
          id="cancel"
          action={cancelAction}
          open={t("cancel.open")}
          intro={t("cancel.intro")}
          notes={[
            t(cancelPreview.late ? "cancel.late" : "cancel.notLate"),
            cancelPreview.charge.yen === 0
              ? chargeText(cancelPreview.charge, f)
              : t("charge.ifNow", { charge: chargeText(cancelPreview.charge, f) }),
          ]}
          label={t("cancel.reason")}
          submit={t("cancel.submit")}
        />
      )}
      {noShowOpen && (
        <ReasonForm
          {...shared}
          id="no-show"
          action={noShowAction}
          open={t(`${ns}Open`)}
          intro={t(`${ns}Intro`)}
          notes={noShowPreview ? [chargeText(noShowPreview, f)] : []}
          label={t("cancel.noShowReason")}
          submit={t(`${ns}Submit`)}
        />
      )}
    </Card>
  );
}
