import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { ActionButton } from "@/app/(member)/connections/_components/action-button";
import { db } from "@/db";
import { cardPaymentForAdmin } from "@/db/queries/payments";
import { requireAdmin } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/ids";
import { refundable } from "@/lib/payments/refund";
import { CARD_PAYMENT_KINDS } from "@/lib/payments/refund-schema";
import { formatDate } from "@/lib/time/format";
import { refundPaymentAction } from "../../../actions";

/** The confirm step of a refund: what will be refunded, to whom, and that the transfer is reversed. */
export default async function RefundConfirmPage({ params }: { params: Promise<{ kind: string; id: string }> }) {
  await requireAdmin();
  const { kind, id } = await params;
  const k = CARD_PAYMENT_KINDS.find((x) => x === kind);
  const payment = k && isUuid(id) ? await cardPaymentForAdmin(db(), k, id) : null;
  if (!k || !payment) notFound();
  const t = await getTranslations("payments.admin");
  const ta = await getTranslations("careAfter");
  const locale = (await getLocale()) as Locale;
  const yen = ta("yen", { amount: new Intl.NumberFormat("ja-JP").format(payment.amountYen) });
  return (
    <SiteFrame>
      <Link href="/admin/payments" className="inline-flex min-h-11 items-center underline">
        {t("confirm.back")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{t("confirm.title")}</h1>
      <dl id="refund-facts" className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-xl border border-stone-200 bg-white p-4">
        <dt className="font-medium">{t("what")}</dt>
        <dd>{t(`kind.${k}`)}</dd>
        <dt className="font-medium">{t("date")}</dt>
        <dd>{payment.paidAt ? formatDate(payment.paidAt, locale) : "—"}</dd>
        <dt className="font-medium">{t("payer")}</dt>
        <dd>{payment.payerName}</dd>
        <dt className="font-medium">{t("payee")}</dt>
        <dd>{payment.payeeName}</dd>
        <dt className="font-medium">{t("amount")}</dt>
        <dd className="tabular-nums">{yen}</dd>
        <dt className="font-medium">{t("status")}</dt>
        <dd>{payment.refundRequestedAt && payment.status === "paid" ? t("refundRequested") : t(`statusLabel.${payment.status}`)}</dd>
      </dl>
      {refundable(payment) ? (
        <div className="mt-6 flex flex-col gap-3">
          <p>{t("confirm.body", { payer: payment.payerName, payee: payment.payeeName, yen })}</p>
          <ActionButton
            id="refund"
            action={refundPaymentAction}
            fields={{ kind: k, paymentId: payment.id }}
            label={t("confirm.button")}
            pendingLabel={t("confirm.working")}
            variant="danger"
          />
        </div>
      ) : (
        <p className="mt-6">{t("notRefundable")}</p>
      )}
    </SiteFrame>
  );
}
