import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import { ActionButton } from "@/app/(member)/connections/_components/action-button";
import { Section } from "@/app/(member)/connections/_components/section";
import { db } from "@/db";
import type { RequestDetail } from "@/db/queries/care-request-views";
import { loadRulebook } from "@/db/queries/care-rulebooks";
import { answerRequestAction } from "../../actions";
import { needToKnowFor } from "../_during/need-to-know-data";
import { AnswerForm } from "./answer-form";

/** A recipient's part while the request is open: answer it, or see (and take back) their OK. */
export async function Answer({ detail, viewerId }: { detail: RequestDetail; viewerId: string }) {
  const t = await getTranslations("care.answer");
  const { request } = detail;
  const said = detail.own?.response ?? "none";
  const decline = (
    <ActionButton
      id="decline"
      action={answerRequestAction}
      fields={{ requestId: request.id, answer: "decline" }}
      label={t(said === "ok" ? "takeBack" : "decline")}
      pendingLabel={t("sending")}
      hint={t(said === "ok" ? "takeBackHint" : "declineHint", { name: detail.parentName })}
    />
  );
  if (said === "ok") {
    return (
      <Section id="answer" title={t("saidOkTitle")}>
        <p>{t("saidOk", { name: detail.parentName })}</p>
        {detail.own?.message && <p className="mt-2 whitespace-pre-line rounded-lg bg-stone-50 p-3">{detail.own.message}</p>}
        {detail.own?.waived && <p className="mt-2 font-medium">{t("saidWaived")}</p>}
        <div className="mt-4">{decline}</div>
      </Section>
    );
  }
  const [summary, rulebook] = await Promise.all([
    needToKnowFor(request.id, viewerId),
    loadRulebook(db(), request.rulebookKey, request.rulebookVersion),
  ]);
  return (
    <Section id="answer" title={t("title")}>
      {said === "declined" && <p className="mb-4 text-stone-700">{t("saidNo")}</p>}
      {summary && (
        <ClientMessages namespaces={["care.answer", "careDuring.needToKnow", "careDuring.age"]}>
          <AnswerForm requestId={request.id} summary={summary} waiverAllowed={rulebook.waiverAllowed} />
        </ClientMessages>
      )}
      {said !== "declined" && <div className="mt-6 border-t border-stone-200 pt-4">{decline}</div>}
    </Section>
  );
}
