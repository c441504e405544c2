import { eq } from "drizzle-orm";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { reportOf } from "@/db/queries/care-completion";
import { settlementOf } from "@/db/queries/care-settlement";
import { cardFeesByMonth, paymentOfCare, stripeAccountOf } from "@/db/queries/payments";
import { notifications, payments, stripeEvents } from "@/db/schema";
import { seedDemo } from "@/db/seed/town";
import { confirmReport } from "@/lib/care/workflows/confirm";
import { reportCare } from "@/lib/care/workflows/report";
import { tokyoDate } from "@/lib/time/tokyo";
import { at, matched, requestRow } from "@/test/care-after";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { refusal } from "@/test/refusal";
import { type StripeStandIn, startStripeStandIn } from "@/test/stripe-stand-in";
import { stripeConfig } from "../stripe-config";
import { applyStripeEvent } from "./apply-stripe-event";
import { handOverCash } from "./hand-over-cash";
import { payByCard } from "./pay-by-card";
import { receiveWebhook } from "./receive-webhook";
import { startOnboarding } from "./start-onboarding";
import type { CardDeps } from "./stripe";

const AFTER = at("12:00");
const LATER = at("13:00");
const PAY = at("14:00");

/** A small deterministic shuffle (mulberry32), so a failure can be replayed. */
function shuffle<T>(items: T[], seed: number): T[] {
  let a = seed;
  const rand = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe.each(testDbKindsOf(import.meta.url))("card payments and their webhooks on %s", (kind) => {
  let h: DbHandle;
  let standIn: StripeStandIn;
  let deps: CardDeps;
  let webhook: { stripe: Stripe; secret: string };

  beforeAll(async () => {
    h = await createTestDb(kind);
    await seedDemo(h.db);
    standIn = await startStripeStandIn();
    const stripe = new Stripe(standIn.settings.STRIPE_SECRET_KEY, stripeConfig(standIn.settings.STRIPE_API_URL));
    deps = { stripe, appUrl: "http://localhost:3999" };
    webhook = { stripe, secret: standIn.settings.STRIPE_WEBHOOK_SECRET };
  });
  afterAll(async () => {
    await standIn?.close();
    await h?.close();
  });

  /** A care of 1 h 10 min, reported and confirmed: 750 yen frozen, waiting to be paid. */
  async function completedCare(connectHelper = true) {
    const care = await matched(h.db);
    await reportCare(h.db, { requestId: care.id, viewerId: care.helper, startTime: "10:00", endTime: "11:10", expenses: [], now: AFTER });
    const reportedAt = (await reportOf(h.db, care.id))!.reportedAt.toISOString();
    await confirmReport(h.db, { requestId: care.id, viewerId: care.parent, reportedAt, now: LATER });
    if (connectHelper) {
      await startOnboarding(h.db, deps, { viewerId: care.helper, now: LATER });
      const account = await stripeAccountOf(h.db, care.helper);
      expect(await applyStripeEvent(h.db, deps.stripe, await standIn.onboard(account!.accountId), LATER)).toBe("applied");
    }
    return care;
  }
  const sessionOf = (url: string) => url.split("/").pop()!;
  const deliver = (event: Stripe.Event, secret = webhook.secret) => {
    const body = JSON.stringify(event);
    return receiveWebhook(h.db, webhook, body, standIn.sign(body, secret), PAY);
  };

  it("onboarding keeps the helper's account and its state from account.updated", async () => {
    const { helper } = await completedCare(false);
    const first = await startOnboarding(h.db, deps, { viewerId: helper, now: LATER });
    const again = await startOnboarding(h.db, deps, { viewerId: helper, now: LATER });
    const account = await stripeAccountOf(h.db, helper);
    expect(account).toMatchObject({ chargesEnabled: false, detailsSubmitted: false });
    expect(first.url).toContain(`/connect/onboarding/${account!.accountId}`);
    expect(again.url).toContain(account!.accountId);
    await applyStripeEvent(h.db, deps.stripe, await standIn.onboard(account!.accountId), LATER);
    expect(await stripeAccountOf(h.db, helper)).toMatchObject({ chargesEnabled: true, payoutsEnabled: true, detailsSubmitted: true });
  });

  it("refuses the card when the helper has no account, and to anyone but the parent", async () => {
    const care = await completedCare(false);
    expect(await refusal(payByCard(h.db, deps, { requestId: care.id, viewerId: care.parent, now: PAY }))).toMatchObject({
      code: "conflict",
      key: "payments.card_unavailable",
    });
    const ready = await completedCare();
    for (const viewerId of [ready.helper, ready.stranger]) {
      expect(await refusal(payByCard(h.db, deps, { requestId: ready.id, viewerId, now: PAY }))).toMatchObject({ code: "not_found" });
    }
    expect(await paymentOfCare(h.db, ready.id)).toBeNull();
  });

  it("a double-submitted pay makes one Checkout Session, for the frozen amount, with no application fee", async () => {
    const { id, parent } = await completedCare();
    const before = standIn.calls.length;
    const [one, two] = await Promise.all([
      payByCard(h.db, deps, { requestId: id, viewerId: parent, now: PAY }),
      payByCard(h.db, deps, { requestId: id, viewerId: parent, now: PAY }),
    ]);
    expect(two.url).toBe(one.url);
    const creates = standIn.calls.slice(before).filter((c) => c.path === "/v1/checkout/sessions");
    expect(creates).toHaveLength(2);
    expect(new Set(creates.map((c) => c.idempotencyKey)).size).toBe(1);
    const session = standIn.get(sessionOf(one.url))!;
    expect(session).toMatchObject({ currency: "jpy", amount_total: 750, client_reference_id: id });
    const pid = session._payment_intent_data as Record<string, unknown>;
    expect(pid.application_fee_amount).toBeUndefined();
    const payment = await paymentOfCare(h.db, id);
    expect(pid).toMatchObject({
      transfer_data: { destination: payment!.destinationAccountId },
      on_behalf_of: payment!.destinationAccountId,
    });
    expect(payment).toMatchObject({ amountYen: 750, status: "pending", attempt: 1, checkoutSessionId: session.id });
  });

  it("cash after a card payment was begun closes its Checkout Session; cash after the card was charged is refused", async () => {
    const left = await completedCare();
    const { url } = await payByCard(h.db, deps, { requestId: left.id, viewerId: left.parent, now: PAY });
    await handOverCash(h.db, deps, { requestId: left.id, viewerId: left.parent, now: PAY });
    // Once one side has confirmed the cash, a card payment would pay the thank-you twice: refused.
    expect(await refusal(payByCard(h.db, deps, { requestId: left.id, viewerId: left.parent, now: PAY }))).toMatchObject({
      code: "conflict",
      key: "payments.card_unavailable",
    });
    expect(await handOverCash(h.db, deps, { requestId: left.id, viewerId: left.helper, now: PAY })).toEqual({ settled: true });
    expect(standIn.get(sessionOf(url))!.status).toBe("expired");
    expect(await paymentOfCare(h.db, left.id)).toMatchObject({ status: "pending", checkoutSessionId: null, attempt: 2 });
    expect(await settlementOf(h.db, left.id)).toMatchObject({ method: "cash", settledAt: PAY });

    const paid = await completedCare();
    const started = await payByCard(h.db, deps, { requestId: paid.id, viewerId: paid.parent, now: PAY });
    const completed = await standIn.pay(sessionOf(started.url));
    expect(await refusal(handOverCash(h.db, deps, { requestId: paid.id, viewerId: paid.parent, now: PAY }))).toMatchObject({
      code: "conflict",
      key: "payments.already_paid",
    });
    expect(await settlementOf(h.db, paid.id)).toMatchObject({ parentConfirmedAt: null, settledAt: null });
    expect(await deliver(completed)).toBe(200);
    expect(await settlementOf(h.db, paid.id)).toMatchObject({ method: "card", settledAt: PAY });
  });

  it("a bad signature is 400 and an unknown event 200, and neither changes anything", async () => {
    const { id, parent } = await completedCare();
    const { url } = await payByCard(h.db, deps, { requestId: id, viewerId: parent, now: PAY });
    const paid = await standIn.pay(sessionOf(url));
    const events = async () => (await h.db.select().from(stripeEvents)).length;
    const before = { events: await events(), payment: await paymentOfCare(h.db, id), care: await requestRow(h.db, id) };
    expect(await deliver(paid, "whsec_not_the_secret")).toBe(400);
    expect(await receiveWebhook(h.db, webhook, JSON.stringify(paid), null, PAY)).toBe(400);
    const tampered = JSON.stringify({ ...paid, id: "evt_other" });
    expect(await receiveWebhook(h.db, webhook, tampered, standIn.sign(JSON.stringify(paid)), PAY)).toBe(400);
    const unknown = { ...paid, id: "evt_unknown_type", type: "customer.created" } as unknown as Stripe.Event;
    expect(await deliver(unknown)).toBe(200);
    expect({ events: await events(), payment: await paymentOfCare(h.db, id), care: await requestRow(h.db, id) }).toEqual(before);
    expect(await deliver(paid)).toBe(200);
    expect((await paymentOfCare(h.db, id))!.status).toBe("paid");
  });

  it("100 deliveries, duplicated and shuffled (refunds before payments): one payment per care, each in its final state, one effect per event", async () => {
    const cares: Awaited<ReturnType<typeof completedCare>>[] = [];
    for (let i = 0; i < 10; i++) cares.push(await completedCare());
    const plan = ["paid", "paid", "paid", "refunded", "refunded", "refunded", "disputed", "disputed", "expired", "declined"] as const;
    const distinct: Stripe.Event[] = [];
    const firsts: Stripe.Event[] = [];
    for (const [i, care] of cares.entries()) {
      const { url } = await payByCard(h.db, deps, { requestId: care.id, viewerId: care.parent, now: PAY });
      const session = sessionOf(url);
      const fate = plan[i]!;
      if (fate === "expired") {
        distinct.push(await standIn.expire(session));
        continue;
      }
      if (fate === "declined") distinct.push(await standIn.decline(session));
      const completed = await standIn.pay(session);
      distinct.push(completed);
      if (fate === "refunded") {
        const refunded = await standIn.refund(session);
        distinct.push(refunded);
        // The refund of the first of these reaches the app before its payment does.
        if (i === 3) firsts.push(refunded);
      }
      if (fate === "disputed") distinct.push(await standIn.dispute(session));
    }
    const deliveries = [...firsts];
    for (let n = 0; deliveries.length < 100; n++) deliveries.push(distinct[n % distinct.length]!);
    const order = [...firsts, ...shuffle(deliveries.slice(firsts.length), 20261130)];
    expect(order).toHaveLength(100);
    expect(order[0]!.type).toBe("charge.refunded");

    // Five at a time, as Stripe delivers side by side.
    for (let i = 0; i < order.length; i += 5) {
      const statuses = await Promise.all(order.slice(i, i + 5).map((e) => deliver(e)));
      expect(statuses).toEqual([200, 200, 200, 200, 200].slice(0, statuses.length));
    }

    const recorded = await h.db.select().from(stripeEvents);
    for (const e of distinct) expect(recorded.filter((r) => r.id === e.id)).toHaveLength(1);
    for (const [i, care] of cares.entries()) {
      const rows = await h.db.select().from(payments).where(eq(payments.requestId, care.id));
      expect(rows).toHaveLength(1);
      const payment = rows[0]!;
      const fate = plan[i]!;
      const charged = fate !== "expired";
      expect(payment.status).toBe(fate === "expired" ? "pending" : fate === "declined" ? "paid" : fate);
      expect(payment.feeYen).toBe(charged ? 27 : null);
      expect(payment.attempt).toBe(fate === "expired" ? 2 : 1);
      expect((await requestRow(h.db, care.id))!.state).toBe(charged ? "settled" : "completed");
      expect(await settlementOf(h.db, care.id)).toMatchObject(charged ? { method: "card", settledAt: PAY } : { settledAt: null });
      const notices = await h.db.select().from(notifications).where(eq(notifications.requestId, care.id));
      expect(
        notices
          .filter((n) => n.kind === "after_card_paid")
          .map((n) => n.userId)
          .sort(),
      ).toEqual(charged ? [care.helper, care.parent].sort() : []);
    }
    // What the zero-commission promise cost, by Tokyo month of payment (the charge's time at the
    // stand-in: now): every charged payment so far in this database.
    const charged = (await h.db.select().from(payments)).filter((p) => p.paidAt !== null);
    expect(await cardFeesByMonth(h.db)).toEqual([
      {
        month: tokyoDate(charged[0]!.paidAt!).slice(0, 7),
        count: charged.length,
        amountYen: 750 * charged.length,
        feeYen: 27 * charged.length,
        refunded: 3,
        disputed: 2,
      },
    ]);
    const refundedFirst = recorded.find((r) => r.id === firsts[0]!.id)!;
    expect(refundedFirst.outcome).toBe("refunded");
    const lateCompletion = distinct.find(
      (e) => e.type === "checkout.session.completed" && (e.data.object as Stripe.Checkout.Session).metadata?.request_id === cares[3]!.id,
    )!;
    expect(recorded.find((r) => r.id === lateCompletion.id)!.outcome).toBe("unchanged: already refunded");
  });
});
