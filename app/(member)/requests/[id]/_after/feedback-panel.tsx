import { ClientMessages } from "@/app/_components/client-messages";
import type { AfterMatchView } from "@/db/queries/care-after-view";
import { ReportLink } from "../../../report/report-link";
import { Card } from "./card";
import type { AfterFormat } from "./format";
import { okClass } from "./styles";
import { SurveyForm } from "./survey-form";
import { ThankYouForm } from "./thank-you-form";

/** After completion: the parent's thank-you message and the survey; the helper reads the message. */
export function FeedbackPanel({ view, f }: { view: AfterMatchView; f: AfterFormat }) {
  const { t } = f;
  const { feedback, request } = view;
  if (view.role === "helper") {
    if (!feedback?.thankYouMessage) return null;
    return (
      <Card id="after-thanks" title={t("thankYou.receivedTitle", { name: view.otherName })}>
        <p className="whitespace-pre-line">{t("thankYou.received", { message: feedback.thankYouMessage })}</p>
        <ReportLink target="care" id={request.id} message="thank_you" />
      </Card>
    );
  }
  return (
    <>
      <Card id="after-thanks" title={t("thankYou.title")}>
        {feedback?.thankYouMessage ? (
          <p className={`${okClass} whitespace-pre-line`}>{t("thankYou.sent", { message: feedback.thankYouMessage })}</p>
        ) : (
          <>
            <p>{t("thankYou.intro", { name: view.otherName })}</p>
            <ClientMessages namespaces={["careAfter.thankYou", "common"]}>
              <ThankYouForm requestId={request.id} />
            </ClientMessages>
          </>
        )}
      </Card>
      <Card id="after-survey" title={t("survey.title")}>
        {feedback?.surveyedAt ? (
          <p className={okClass}>{t("survey.thanks")}</p>
        ) : (
          <>
            <p className="text-stone-700">{t("survey.intro")}</p>
            <ClientMessages namespaces={["careAfter.survey"]}>
              <SurveyForm requestId={request.id} firstTime={view.firstTime ?? false} />
            </ClientMessages>
          </>
        )}
      </Card>
    </>
  );
}
