import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { ActionButton } from "@/app/(member)/connections/_components/action-button";
import { linkClass } from "@/app/(member)/requests/_components/styles";
import { db } from "@/db";
import { stripeAccountOf } from "@/db/queries/payments";
import { hasCapability } from "@/lib/auth/capabilities";
import { requireMember } from "@/lib/auth/viewer";
import { cardPaymentsEnabled } from "@/lib/env";
import { connectStripeAction } from "./actions";

/** A supporter connects a Stripe account to be paid the thank-you by card; it exists only while card payments are on. */
export default async function PaymentsSettingsPage({ searchParams }: { searchParams: Promise<{ returned?: string }> }) {
  const { member, userId } = await requireMember();
  if (!cardPaymentsEnabled() || !hasCapability(member, "supporter")) notFound();
  const { returned } = await searchParams;
  const t = await getTranslations("payments.settings");
  const account = await stripeAccountOf(db(), userId);
  const status = !account ? "none" : account.chargesEnabled ? "ready" : "pending";
  return (
    <SiteFrame>
      <Link href="/profile" className={`${linkClass} inline-flex min-h-11 items-center`}>
        {t("back")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{t("intro")}</p>
      {returned && status !== "ready" && (
        <p role="status" className="mt-4 rounded-xl border border-brand-100 bg-brand-50 p-4">
          {t("returned")}
        </p>
      )}
      <section className="mt-6 flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4 sm:p-5">
        <p id="stripe-status" className={status === "ready" ? "text-lg font-bold text-brand-900" : ""}>
          {t(status)}
        </p>
        {status !== "ready" && (
          <ActionButton
            id="connect-stripe"
            action={connectStripeAction}
            fields={{}}
            label={t(status === "none" ? "start" : "resume")}
            pendingLabel={t("working")}
            variant="primary"
          />
        )}
      </section>
      <Link href="/profile/statement" className={`${linkClass} mt-6 inline-flex min-h-11 items-center`}>
        {t("statementLink")}
      </Link>
    </SiteFrame>
  );
}
