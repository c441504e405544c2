import { and, eq } from "drizzle-orm";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { meetupPaymentOfRsvp } from "@/db/queries/meetup-payments";
import { activeAdminIds } from "@/db/queries/members";
import { stripeAccountOf } from "@/db/queries/payments";
import { meetupRsvps, meetups, notifications } from "@/db/schema";
import { seedDemo } from "@/db/seed/town";
import { stripeConfig } from "@/lib/payments/stripe-config";
import { applyStripeEvent } from "@/lib/payments/workflows/apply-stripe-event";
import { issueDueRefunds } from "@/lib/payments/workflows/issue-refunds";
import { refundPayment } from "@/lib/payments/workflows/refund-payment";
import { startOnboarding } from "@/lib/payments/workflows/start-onboarding";
import type { CardDeps } from "@/lib/payments/workflows/stripe";
import { tokyoDate } from "@/lib/time/tokyo";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { meetupInput, newOrganiser } from "@/test/meetups";
import { newMember } from "@/test/members";
import { refusal } from "@/test/refusal";
import { type StripeStandIn, startStripeStandIn } from "@/test/stripe-stand-in";
import { cancelMeetup } from "./cancel-meetup";
import { cancelRsvp } from "./cancel-rsvp";
import { createMeetup } from "./create-meetup";
import { payForSeat } from "./pay-for-seat";
import { releaseLapsedHolds } from "./release-holds";
import { rsvp } from "./rsvp";

// The stand-in's clock is the real one (Checkout's expires_at is checked against it), so the
// tests' clock starts now.
const NOW = new Date();
const MIN = 60_000;
const later = (minutes: number) => new Date(NOW.getTime() + minutes * MIN);
const one = { adults: 1, children: 0 };

describe.each(testDbKindsOf(import.meta.url))("paid meetups on %s", (kind) => {
  let h: DbHandle;
  let standIn: StripeStandIn;
  let deps: CardDeps;
  let organiser: string;

  beforeAll(async () => {
    h = await createTestDb(kind);
    await seedDemo(h.db);
    standIn = await startStripeStandIn();
    deps = {
      stripe: new Stripe(standIn.settings.STRIPE_SECRET_KEY, stripeConfig(standIn.settings.STRIPE_API_URL)),
      appUrl: "http://localhost:3999",
    };
    organiser = (await newOrganiser(h.db)).id;
    await startOnboarding(h.db, deps, { viewerId: organiser, now: NOW });
    const account = await stripeAccountOf(h.db, organiser);
    await applyStripeEvent(h.db, deps.stripe, await standIn.onboard(account!.accountId), NOW);
  });
  afterAll(async () => {
    await standIn?.close();
    await h?.close();
  });

  /** A 1,500-yen meetup in three days with `seats` adult seats. */
  const paidMeetup = (seats = 1, startsInDays = 3) =>
    createMeetup(
      h.db,
      organiser,
      meetupInput(tokyoDate(new Date(NOW.getTime() + startsInDays * 86_400_000)), { capacityAdults: seats, feeYen: 1500 }),
      NOW,
      true,
    );
  let n = 0;
  const member = async () => (await newMember(h.db, { name: `会員 ${++n}`, kana: "かいいん" })).id;
  const rsvpRow = async (meetupId: string, memberId: string) =>
    (
      await h.db
        .select()
        .from(meetupRsvps)
        .where(and(eq(meetupRsvps.meetupId, meetupId), eq(meetupRsvps.memberId, memberId)))
    ).sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0))[0]!;
  const kindsFor = async (userId: string) =>
    (await h.db.select().from(notifications).where(eq(notifications.userId, userId))).map((x) => x.kind);
  const sessionOf = (url: string) => url.split("/").pop()!;
  /** The member pays on Checkout; Stripe's event applied twice, as a duplicate delivery would. */
  const pay = async (url: string, at: Date) => {
    const event = await standIn.pay(sessionOf(url));
    expect(await applyStripeEvent(h.db, deps.stripe, event, at)).toBe("applied");
    expect(await applyStripeEvent(h.db, deps.stripe, event, at)).toBe("duplicate");
  };

  it("a fee needs card payments on and the organiser's account taking charges", async () => {
    const plain = await newOrganiser(h.db, { name: "未登録 主催" });
    const input = meetupInput(tokyoDate(later(3 * 24 * 60)), { feeYen: 500 });
    expect(await refusal(createMeetup(h.db, plain.id, input, NOW, true))).toMatchObject({
      key: "field.meetup_fee_not_connected",
      field: "feeYen",
    });
    expect(await refusal(createMeetup(h.db, organiser, input, NOW, false))).toMatchObject({ key: "field.meetup_fee_off" });
  });

  it("two race for the last paid seat: one holds it and pays on Checkout, the other waits; the webhook twice confirms once", async () => {
    const id = await paidMeetup();
    const [a, b] = [await member(), await member()];
    const outcomes = await Promise.all([rsvp(h.db, a, id, one, NOW, deps), rsvp(h.db, b, id, one, NOW, deps)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["held", "waitlisted"]);
    const held = outcomes.find((o) => o.status === "held")!;
    const holder = held === outcomes[0] ? a : b;
    const session = standIn.get(sessionOf(held.checkoutUrl!))!;
    const account = await stripeAccountOf(h.db, organiser);
    expect(session).toMatchObject({ currency: "jpy", amount_total: 1500, metadata: { rsvp_id: held.rsvpId } });
    expect(session._payment_intent_data).toMatchObject({
      on_behalf_of: account!.accountId,
      transfer_data: { destination: account!.accountId },
    });
    expect((session._payment_intent_data as Record<string, unknown>).application_fee_amount).toBeUndefined();
    expect(standIn.calls.find((c) => c.path === "/v1/checkout/sessions" && c.method === "POST")?.idempotencyKey).toMatch(/^otagai-meetup-/);
    // Coming back to pay opens the same session.
    expect((await payForSeat(h.db, deps, { memberId: holder, meetupId: id, now: later(5) })).url).toBe(held.checkoutUrl);

    await pay(held.checkoutUrl!, later(6));
    expect(await rsvpRow(id, holder)).toMatchObject({ status: "confirmed", holdUntil: null });
    expect(await meetupPaymentOfRsvp(h.db, held.rsvpId)).toMatchObject({ status: "paid", amountYen: 1500, feeYen: 54 });
    expect((await kindsFor(holder)).filter((k) => k === "meetup_paid")).toHaveLength(1);
    // Paid, it stays: the runner frees nothing.
    expect(await releaseLapsedHolds(h.db, later(60), deps.stripe)).toBe(0);
  });

  it("an unpaid hold lapses after 15 minutes and the seat goes to the waitlist, held until a deadline to pay; past it, to the next", async () => {
    const id = await paidMeetup();
    const [a, b, c] = [await member(), await member(), await member()];
    const first = await rsvp(h.db, a, id, one, NOW, deps);
    expect((await rsvp(h.db, b, id, one, NOW, deps)).status).toBe("waitlisted");
    expect((await rsvp(h.db, c, id, one, NOW, deps)).status).toBe("waitlisted");
    expect(await releaseLapsedHolds(h.db, later(14), deps.stripe)).toBe(0);

    expect(await releaseLapsedHolds(h.db, later(15), deps.stripe)).toBe(1);
    expect(await rsvpRow(id, a)).toMatchObject({ status: "cancelled" });
    expect(standIn.get(sessionOf(first.checkoutUrl!))).toMatchObject({ status: "expired" });
    expect((await kindsFor(a)).filter((k) => k === "meetup_hold_lapsed")).toHaveLength(1);
    const promoted = await rsvpRow(id, b);
    expect(promoted).toMatchObject({ status: "held", holdUntil: later(15 + 24 * 60) });
    expect(await kindsFor(b)).toContain("meetup_promoted_pay");
    expect(await rsvpRow(id, c)).toMatchObject({ status: "waitlisted" });

    // B lets the deadline pass without paying: the seat passes on to C.
    expect(await releaseLapsedHolds(h.db, later(15 + 24 * 60 - 1), deps.stripe)).toBe(0);
    expect(await releaseLapsedHolds(h.db, later(15 + 24 * 60), deps.stripe)).toBe(1);
    expect(await rsvpRow(id, b)).toMatchObject({ status: "cancelled" });
    expect(await rsvpRow(id, c)).toMatchObject({ status: "held" });
    expect(await refusal(payForSeat(h.db, deps, { memberId: b, meetupId: id, now: later(15 + 24 * 60) }))).toMatchObject({
      code: "not_found",
    });
  });

  it("a fee that arrives after its seat was freed and taken is refunded in full", async () => {
    const id = await paidMeetup();
    const [a, b] = [await member(), await member()];
    const late = await rsvp(h.db, a, id, one, NOW, deps);
    await releaseLapsedHolds(h.db, later(16), null);
    const taken = await rsvp(h.db, b, id, one, later(17), deps);
    expect(taken.status).toBe("held");
    await pay(late.checkoutUrl!, later(18));
    expect(await meetupPaymentOfRsvp(h.db, late.rsvpId)).toMatchObject({ status: "paid", refundDueAt: later(18) });
    expect(await issueDueRefunds(h.db, later(18), deps.stripe)).toBe(1);
    expect(await kindsFor(a)).toContain("meetup_paid_refunded");
    expect(await rsvpRow(id, b)).toMatchObject({ status: "held" });
  });

  it("the organiser cancels: every fee paid is refunded in full with the transfer reversed, once; members are told", async () => {
    const id = await paidMeetup(3);
    const payers = [await member(), await member()];
    const rsvps = [];
    for (const m of payers) {
      const r = await rsvp(h.db, m, id, one, NOW, deps);
      await pay(r.checkoutUrl!, later(1));
      rsvps.push(r);
    }
    const unpaid = await member();
    await rsvp(h.db, unpaid, id, one, NOW, deps);
    await cancelMeetup(h.db, organiser, { meetupId: id, scope: "one", reason: "台風のため" }, later(2));
    const before = standIn.calls.length;
    expect(await issueDueRefunds(h.db, later(2), deps.stripe)).toBe(2);
    expect(await issueDueRefunds(h.db, later(3), deps.stripe)).toBe(0);
    const refundCalls = standIn.calls.slice(before).filter((c) => c.path === "/v1/refunds");
    expect(refundCalls).toHaveLength(2);
    for (const r of rsvps) {
      const payment = await meetupPaymentOfRsvp(h.db, r.rsvpId);
      const charge = standIn.get(payment!.chargeId!)!;
      expect(charge).toMatchObject({ refunded: true, amount_refunded: 1500 });
      expect((charge.refunds as { data: { reverse_transfer: boolean }[] }).data[0]!.reverse_transfer).toBe(true);
      const refunded = standIn.events.find((e) => e.type === "charge.refunded" && (e.data.object as { id: string }).id === charge.id)!;
      await applyStripeEvent(h.db, deps.stripe, refunded, later(4));
      expect(await meetupPaymentOfRsvp(h.db, r.rsvpId)).toMatchObject({ status: "refunded", refundedAt: later(4) });
    }
    for (const m of payers) expect(await kindsFor(m)).toEqual(expect.arrayContaining(["meetup_cancelled", "meetup_refund_cancelled"]));
    expect(await kindsFor(unpaid)).not.toContain("meetup_refund_cancelled");
  });

  it("a member cancelling their paid seat is refunded until 24 hours before the start, not after", async () => {
    const early = await paidMeetup(2, 3);
    const soon = await paidMeetup(2, 1);
    const m = await member();
    const a = await rsvp(h.db, m, early, one, NOW, deps);
    await pay(a.checkoutUrl!, later(1));
    const b = await rsvp(h.db, m, soon, one, NOW, deps);
    await pay(b.checkoutUrl!, later(1));
    expect((await cancelRsvp(h.db, m, early, later(2))).refund).toBe("full");
    expect((await meetupPaymentOfRsvp(h.db, a.rsvpId))!.refundDueAt).toEqual(later(2));
    // An hour before the meetup a day away: within its last 24 hours. (Taken from its start, not
    // from NOW + 24 h, which falls after the start whenever the test runs after 10:00 Tokyo.)
    const [{ startsAt }] = (await h.db.select({ startsAt: meetups.startsAt }).from(meetups).where(eq(meetups.id, soon))) as [
      { startsAt: Date },
    ];
    expect((await cancelRsvp(h.db, m, soon, new Date(startsAt.getTime() - 60 * MIN))).refund).toBe("none");
    expect((await meetupPaymentOfRsvp(h.db, b.rsvpId))!.refundDueAt).toBeNull();
    expect(await issueDueRefunds(h.db, later(2), deps.stripe)).toBe(1);
  });

  it("an admin refunds a meetup fee once, the transfer reversed; a second refund is refused", async () => {
    const id = await paidMeetup(2);
    const m = await member();
    const r = await rsvp(h.db, m, id, one, NOW, deps);
    await pay(r.checkoutUrl!, later(1));
    const payment = (await meetupPaymentOfRsvp(h.db, r.rsvpId))!;
    await refundPayment(h.db, deps, { kind: "meetup", paymentId: payment.id, now: later(2) });
    expect(await refusal(refundPayment(h.db, deps, { kind: "meetup", paymentId: payment.id, now: later(3) }))).toMatchObject({
      key: "payments.not_refundable",
    });
    expect(await meetupPaymentOfRsvp(h.db, r.rsvpId)).toMatchObject({ status: "paid", refundRequestedAt: later(2) });
    expect(await issueDueRefunds(h.db, later(3), deps.stripe)).toBe(0);
    expect(standIn.get(payment.chargeId!)).toMatchObject({ refunded: true });
  });

  it("a dispute marks the payment disputed and alerts every admin, once however often it arrives", async () => {
    const id = await paidMeetup(2);
    const m = await member();
    const r = await rsvp(h.db, m, id, one, NOW, deps);
    await pay(r.checkoutUrl!, later(1));
    const event = await standIn.dispute(sessionOf(r.checkoutUrl!));
    expect(await applyStripeEvent(h.db, deps.stripe, event, later(2))).toBe("applied");
    expect(await applyStripeEvent(h.db, deps.stripe, event, later(2))).toBe("duplicate");
    expect(await meetupPaymentOfRsvp(h.db, r.rsvpId)).toMatchObject({ status: "disputed", disputedAt: later(2) });
    const admins = await activeAdminIds(h.db);
    expect(admins.length).toBeGreaterThan(0);
    const alerts = await h.db.select().from(notifications).where(eq(notifications.kind, "payment_disputed"));
    expect(alerts.map((a) => a.userId).sort()).toEqual([...admins].sort());
  });
});
