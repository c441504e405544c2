import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stripeConfig } from "@/lib/payments/stripe-config";
import { parseStripeForm, type StripeStandIn, startStripeStandIn } from "./stripe-stand-in";

// The stand-in answers the real SDK as Stripe would: shapes, keys, idempotency and signatures.
let standIn: StripeStandIn;
let stripe: Stripe;

beforeAll(async () => {
  standIn = await startStripeStandIn();
  stripe = new Stripe(standIn.settings.STRIPE_SECRET_KEY, stripeConfig(standIn.settings.STRIPE_API_URL));
});
afterAll(() => standIn.close());

async function session(key: string, amount = 750) {
  const account = await stripe.accounts.create({ type: "express", country: "JP" });
  return stripe.checkout.sessions.create(
    {
      mode: "payment",
      line_items: [{ price_data: { currency: "jpy", unit_amount: amount, product_data: { name: "お礼" } }, quantity: 1 }],
      payment_intent_data: { on_behalf_of: account.id, transfer_data: { destination: account.id }, metadata: { request_id: "r1" } },
      success_url: "http://localhost/ok",
    },
    { idempotencyKey: key },
  );
}

describe("the Stripe stand-in", () => {
  it("parses Stripe's nested form encoding", () => {
    expect(parseStripeForm("a[b][0][c]=1&a[b][0][d]=2&e=3&f[]=x&f[]=y")).toEqual({ a: { b: [{ c: "1", d: "2" }] }, e: "3", f: ["x", "y"] });
  });

  it("refuses a wrong key", async () => {
    const wrong = new Stripe("sk_test_wrong", stripeConfig(standIn.settings.STRIPE_API_URL));
    await expect(wrong.accounts.create({ type: "express" })).rejects.toThrow(/Invalid API Key/);
  });

  it("replays an idempotent request and refuses the key with other parameters", async () => {
    const account = await stripe.accounts.create({ type: "express", country: "JP" });
    const params = {
      mode: "payment" as const,
      line_items: [{ price_data: { currency: "jpy", unit_amount: 750, product_data: { name: "お礼" } }, quantity: 1 }],
      payment_intent_data: { transfer_data: { destination: account.id } },
      success_url: "http://localhost/ok",
    };
    const one = await stripe.checkout.sessions.create(params, { idempotencyKey: "k-same" });
    const two = await stripe.checkout.sessions.create(params, { idempotencyKey: "k-same" });
    expect(two.id).toBe(one.id);
    expect(one).toMatchObject({ object: "checkout.session", currency: "jpy", amount_total: 750, status: "open" });
    const other = {
      ...params,
      line_items: [{ ...params.line_items[0]!, price_data: { ...params.line_items[0]!.price_data, unit_amount: 1 } }],
    };
    await expect(stripe.checkout.sessions.create(other, { idempotencyKey: "k-same" })).rejects.toThrow(/same parameters/);
  });

  it("pays a session: PaymentIntent, charge to the destination, the fee in the balance transaction, a signed event", async () => {
    const s = await session("k-pay");
    const event = await standIn.pay(s.id);
    expect(event.type).toBe("checkout.session.completed");
    const header = standIn.sign(JSON.stringify(event));
    expect(stripe.webhooks.constructEvent(JSON.stringify(event), header, standIn.settings.STRIPE_WEBHOOK_SECRET).id).toBe(event.id);
    const again = await stripe.checkout.sessions.retrieve(s.id, { expand: ["payment_intent.latest_charge.balance_transaction"] });
    const pi = again.payment_intent as Stripe.PaymentIntent;
    const charge = pi.latest_charge as Stripe.Charge;
    const txn = charge.balance_transaction as Stripe.BalanceTransaction;
    expect(again.payment_status).toBe("paid");
    expect(charge.application_fee_amount).toBeNull();
    expect(charge.metadata).toEqual({ request_id: "r1" });
    expect(txn).toMatchObject({ amount: 750, fee: 27, net: 723 });
    const refunded = await standIn.refund(s.id);
    expect(refunded.data.object).toMatchObject({ id: charge.id, refunded: true, amount_refunded: 750 });
  });
});
