import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { ActionButton } from "@/app/(member)/connections/_components/action-button";
import type { AfterMatchView } from "@/db/queries/care-after-view";
import type { PaymentRow } from "@/db/queries/payments";
import { type CardOption, wasCharged } from "@/lib/payments/status";
import { payCardAction } from "./actions";
import { Card } from "./card";
import type { AfterFormat } from "./format";
import { okClass } from "./styles";

export type CardView = { option: CardOption; payment: PaymentRow | null };

/**
 * Paying the thank-you by card: for the parent of a completed care, the button (or why there is
 * none: the helper takes cash only); once charged, "paid by card" for both, and the receipt link
 * for the parent.
 */
export async function CardPanel({ view, card, f }: { view: AfterMatchView; card: CardView; f: AfterFormat }) {
  const t = await getTranslations("payments.card");
  const { payment } = card;
  if (payment && wasCharged(payment.status)) {
    return (
      <Card id="after-card" title={t("title")}>
        <p className={okClass} id="card-paid">
          {t("paidYen", { yen: f.yen(payment.amountYen), date: f.dateTime(payment.paidAt ?? payment.updatedAt) })}
        </p>
        {payment.status === "refunded" && <p>{t("refunded")}</p>}
        {payment.status === "disputed" && (
          <p id="card-disputed">
            <span className="rounded bg-red-100 px-2 py-0.5 font-bold text-red-900">{t("disputedBadge")}</span> {t("disputed")}
          </p>
        )}
        {view.role === "parent" && (
          <Link href={`/requests/${view.request.id}/receipt`} className="text-brand-800 underline min-h-11 inline-flex items-center">
            {t("receiptLink")}
          </Link>
        )}
      </Card>
    );
  }
  if (view.state !== "completed" || view.role !== "parent" || card.option === "off") return null;
  const yen = f.yen(view.report?.parentPaysYen ?? 0);
  if (card.option === "helper_not_connected") {
    return (
      <Card id="after-card" title={t("title")}>
        <p>{t("helperNotConnected", { name: view.otherName })}</p>
      </Card>
    );
  }
  return (
    <Card id="after-card" title={t("title")}>
      <p>{t("intro", { yen, name: view.otherName })}</p>
      <ActionButton
        id="after-pay-card"
        action={payCardAction}
        fields={{ requestId: view.request.id }}
        label={t("button")}
        pendingLabel={t("working")}
        variant="primary"
      />
      <p className="text-sm text-stone-700">{t("orCash")}</p>
    </Card>
  );
}
