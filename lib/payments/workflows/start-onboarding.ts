import "server-only";
import type { Db } from "@/db/client";
import { insertStripeAccount, stripeAccountOf } from "@/db/queries/payments";
import type { CardDeps } from "./stripe";

/**
 * A helper starts (or resumes) Stripe's hosted onboarding: their Express connected account in
 * Japan, made once (one idempotency key per member), and a fresh account link to it. Whether
 * they can be paid by card is then kept from `account.updated`. Returns where to send them.
 */
export async function startOnboarding(db: Db, deps: CardDeps, c: { viewerId: string; now: Date }): Promise<{ url: string }> {
  const client = deps.stripe;
  let account = await stripeAccountOf(db, c.viewerId);
  if (!account) {
    const created = await client.accounts.create(
      {
        type: "express",
        country: "JP",
        default_currency: "jpy",
        capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
        metadata: { user_id: c.viewerId },
      },
      { idempotencyKey: `otagai-account-${c.viewerId}` },
    );
    await db.transaction(async (tx) => {
      if (!(await stripeAccountOf(tx, c.viewerId))) await insertStripeAccount(tx, c.viewerId, created.id, c.now);
    });
    account = await stripeAccountOf(db, c.viewerId);
  }
  const back = `${deps.appUrl}/profile/payments`;
  const link = await client.accountLinks.create({
    account: account!.accountId,
    type: "account_onboarding",
    return_url: `${back}?returned=1`,
    refresh_url: back,
  });
  return { url: link.url };
}
