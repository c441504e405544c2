import { ActionButton } from "@/app/(member)/connections/_components/action-button";
import type { AfterMatchView } from "@/db/queries/care-after-view";
import { handOverAction } from "./actions";
import { Card } from "./card";
import type { AfterFormat } from "./format";
import { Receipt } from "./receipt";
import { okClass } from "./styles";

/** The frozen thank-you, the same receipt for both sides. */
export function ReceiptPanel({ view, f }: { view: AfterMatchView; f: AfterFormat }) {
  const { t } = f;
  const breakdown = view.report?.breakdown;
  if (!breakdown || !view.report?.confirmedAt) return null;
  return (
    <Card id="after-receipt" title={t("receipt.title")}>
      <Receipt breakdown={breakdown} caption={t("receipt.caption", { date: f.date(view.request.startAt) })} f={f} />
      <p className="text-sm text-stone-700">{t("receipt.frozen", { date: f.dateTime(view.report.confirmedAt) })}</p>
    </Card>
  );
}

/** Cash, hand to hand: each side confirms in the app, and it is settled when both have. */
export function SettlementPanel({ view, f }: { view: AfterMatchView; f: AfterFormat }) {
  const { t } = f;
  const { settlement, report } = view;
  if (!settlement || !report?.confirmedAt) return null;
  // Paid by card: the card panel says so.
  if (settlement.method === "card") return null;
  const yen = f.yen(report.parentPaysYen ?? 0);
  if (settlement.settledAt) {
    const done = report.nothingToHandOver ? t("settle.nothingToHand") : t("settle.settled", { date: f.dateTime(settlement.settledAt) });
    return (
      <Card id="after-settle" title={t("settle.title")}>
        <p className={okClass}>{done}</p>
      </Card>
    );
  }
  const mine = view.role === "parent" ? settlement.parentConfirmedAt : settlement.helperConfirmedAt;
  const status = (side: "parent" | "helper", at: Date | null) =>
    t("settle.status", { side: t(`side.${side}`), name: view.names[side], status: t(at ? "settle.confirmed" : "settle.waiting") });
  return (
    <Card id="after-settle" title={t("settle.title")}>
      {mine ? (
        <p className={okClass}>{t("settle.waitingOther", { name: view.otherName })}</p>
      ) : (
        <p>{view.role === "parent" ? t("settle.introParent", { yen, name: view.otherName }) : t("settle.introHelper", { yen })}</p>
      )}
      <ul className="flex flex-col gap-1">
        <li>{status("parent", settlement.parentConfirmedAt)}</li>
        <li>{status("helper", settlement.helperConfirmedAt)}</li>
      </ul>
      {!mine && (
        <ActionButton
          id="after-hand-over"
          action={handOverAction}
          fields={{ requestId: view.request.id }}
          label={t(view.role === "parent" ? "settle.parentButton" : "settle.helperButton")}
          pendingLabel={t("settle.working")}
          variant="primary"
        />
      )}
    </Card>
  );
}
