import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { ActionButton } from "@/app/(member)/connections/_components/action-button";
import type { MeetupPaymentRow } from "@/db/queries/meetup-payments";
import type { Locale } from "@/lib/i18n/locales";
import { HOLD_MINUTES, holdLive, REFUND_UNTIL_HOURS } from "@/lib/meetups/paid";
import { formatDateTime } from "@/lib/time/format";
import { secondaryLinkClass } from "../_components/styles";
import { payForSeatAction } from "../actions";

/** What paying for a seat means and what a cancellation refunds, said before anyone pays. */
export async function PaidPolicy() {
  const t = await getTranslations("meetups.paid");
  return (
    <section id="fee-policy" aria-labelledby="fee-policy-title" className="mt-6 rounded-xl border border-amber-200 bg-amber-50 p-5">
      <h2 id="fee-policy-title" className="font-bold">
        {t("policyTitle")}
      </h2>
      <p className="mt-2">{t("policy", { minutes: HOLD_MINUTES })}</p>
      <p className="mt-2">{t("refundPolicy", { hours: REFUND_UNTIL_HOURS })}</p>
    </section>
  );
}

/** A seat held for the member while they pay: until when, and the way to Checkout. */
export async function HeldSeat({
  meetupId,
  rsvp,
  now,
  locale,
}: {
  meetupId: string;
  rsvp: { status: string; holdUntil: Date | null };
  now: Date;
  locale: Locale;
}) {
  const t = await getTranslations("meetups.paid");
  if (!holdLive(rsvp, now)) return <p className="mt-2">{t("heldLapsed")}</p>;
  return (
    <div className="mt-2 flex flex-col gap-3">
      <p id="held">{t("held", { until: formatDateTime(rsvp.holdUntil!, locale) })}</p>
      <ActionButton
        id="pay-fee"
        action={payForSeatAction}
        fields={{ meetupId }}
        label={t("pay")}
        pendingLabel={t("paying")}
        variant="primary"
      />
    </div>
  );
}

/** The fee once paid: its state, and the receipt. */
export async function FeePaid({ meetupId, payment }: { meetupId: string; payment: MeetupPaymentRow }) {
  const t = await getTranslations("meetups.paid");
  const ta = await getTranslations("careAfter");
  const yen = ta("yen", { amount: new Intl.NumberFormat("ja-JP").format(payment.amountYen) });
  const state =
    payment.status === "refunded"
      ? t("refunded", { yen })
      : payment.status === "disputed"
        ? t("disputed")
        : payment.refundDueAt
          ? t("refundPending", { yen })
          : t("paidYen", { yen });
  return (
    <div className="mt-2 flex flex-col gap-2">
      <p id="fee-state">{state}</p>
      <p>
        <Link href={`/meetups/${meetupId}/receipt`} className={secondaryLinkClass}>
          {t("receiptLink")}
        </Link>
      </p>
    </div>
  );
}

/** What the cancel button says: giving up a hold, or a paid seat with or without its refund. */
export function cancelLabel(t: (key: string) => string, status: string, refund: "full" | "none" | null): string {
  if (status === "held") return t("paid.cancelHeld");
  if (refund === "full") return t("paid.cancelFull");
  if (refund === "none") return t("paid.cancelNone");
  return status === "confirmed" ? t("cancelRsvp") : t("cancelWaitlist");
}
