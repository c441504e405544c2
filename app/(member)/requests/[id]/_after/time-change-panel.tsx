import { ClientMessages } from "@/app/_components/client-messages";
import { ActionButton } from "@/app/(member)/connections/_components/action-button";
import { InsuranceOutcome } from "@/app/(member)/requests/_components/insurance-outcome";
import type { AfterMatchView } from "@/db/queries/care-after-view";
import { tokyoClock, tokyoDate } from "@/lib/time/tokyo";
import { answerTimeAction, withdrawTimeAction } from "./actions";
import { Card } from "./card";
import type { AfterFormat } from "./format";
import { mutedClass, noticeClass, okClass } from "./styles";
import { TimeChangeForm } from "./time-change-form";

/** Agreeing a new time with the other side: a pending proposal to answer or wait on, or a new one; and the changes agreed so far. */
export function TimeChangePanel({ view, f }: { view: AfterMatchView; f: AfterFormat }) {
  const { t } = f;
  const { request, pendingChange, insuredWindow } = view;
  return (
    <Card id="after-change" title={t("change.title")}>
      {pendingChange ? (
        <PendingChange view={view} change={pendingChange} f={f} />
      ) : (
        <ClientMessages namespaces={["careAfter.change", "common"]}>
          <TimeChangeForm
            requestId={request.id}
            started={view.started}
            intro={request.insured ? `${t("change.intro")} ${t("change.insuredHint")}` : t("change.intro")}
            initial={{ date: tokyoDate(request.startAt), startTime: tokyoClock(request.startAt), endTime: tokyoClock(request.endAt) }}
          />
        </ClientMessages>
      )}
      {view.acceptedChanges.length > 0 && (
        <div className="flex flex-col gap-2">
          <h3 className="font-bold">{t("change.historyTitle")}</h3>
          <ul className="flex flex-col gap-2">
            {view.acceptedChanges.map((c) => (
              <li key={c.agreedAt.toISOString()} className="flex flex-col gap-1">
                <span>{t("change.historyItem", { agreedAt: f.dateTime(c.agreedAt), range: f.range(c.newStart, c.newEnd) })}</span>
                {insuredWindow && c.extension && (
                  <span className={c.insured ? okClass : noticeClass}>
                    {t(c.insured ? "change.historyInsured" : "change.historyNotInsured")}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}

function PendingChange({
  view,
  change,
  f,
}: {
  view: AfterMatchView;
  change: NonNullable<AfterMatchView["pendingChange"]>;
  f: AfterFormat;
}) {
  const { t } = f;
  const { request } = view;
  const mine = change.proposedBy === view.viewerId;
  const current = { start: request.startAt, end: request.endAt };
  const proposed = { start: change.newStartAt, end: change.newEndAt };
  const fields = { requestId: request.id, changeId: change.id };
  return (
    <div className="flex flex-col gap-3">
      <p className="font-medium">{t(mine ? "change.pendingMine" : "change.pendingFromOther", { name: view.otherName })}</p>
      <p className="text-lg font-bold">{t("change.proposed", { range: f.range(proposed.start, proposed.end) })}</p>
      <p className={mutedClass}>{t("change.current", { range: f.range(current.start, current.end) })}</p>
      {change.extensionInsured && <p className={okClass}>{t("change.extensionInsured")}</p>}
      {change.insuranceSnapshot && (
        <div className="flex flex-col gap-2">
          <p className="font-medium">{t("change.newDay", { date: f.date(proposed.start) })}</p>
          <InsuranceOutcome decision={change.insuranceSnapshot.decision} names={{}} tense="would" />
        </div>
      )}
      {mine ? (
        <ActionButton
          id="change-withdraw"
          action={withdrawTimeAction}
          fields={fields}
          label={t("change.withdraw")}
          pendingLabel={t("change.working")}
        />
      ) : (
        <div className="flex flex-wrap gap-3">
          <ActionButton
            id="change-accept"
            action={answerTimeAction}
            fields={{ ...fields, answer: "accept" }}
            label={t("change.accept")}
            pendingLabel={t("change.working")}
            variant="primary"
          />
          <ActionButton
            id="change-decline"
            action={answerTimeAction}
            fields={{ ...fields, answer: "decline" }}
            label={t("change.decline")}
            pendingLabel={t("change.working")}
          />
        </div>
      )}
    </div>
  );
}
