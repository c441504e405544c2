import { describe, expect, it } from "vitest";
import {
  checkoutExpiresAt,
  feeOption,
  holdLapsed,
  holdLive,
  holdUntil,
  meetupCheckoutKey,
  paymentDeadline,
  seatOnPayment,
  selfCancelRefund,
  withoutLapsedHolds,
} from "./paid";

const at = (iso: string) => new Date(iso);
const now = at("2026-12-01T10:00:00+09:00");

describe("holds", () => {
  it("a seat taken now is held 15 minutes", () => {
    expect(holdUntil(now)).toEqual(at("2026-12-01T10:15:00+09:00"));
  });
  it("is live until its end, not at it", () => {
    const h = { status: "held", holdUntil: holdUntil(now) };
    expect(holdLive(h, at("2026-12-01T10:14:59+09:00"))).toBe(true);
    expect(holdLive(h, at("2026-12-01T10:15:00+09:00"))).toBe(false);
    expect(holdLapsed(h, at("2026-12-01T10:15:00+09:00"))).toBe(true);
  });
  it("only a held RSVP is a hold", () => {
    expect(holdLive({ status: "confirmed", holdUntil: holdUntil(now) }, now)).toBe(false);
    expect(holdLapsed({ status: "confirmed", holdUntil: null }, now)).toBe(false);
    expect(holdLapsed({ status: "waitlisted", holdUntil: null }, now)).toBe(false);
    expect(holdLapsed({ status: "held", holdUntil: null }, now)).toBe(true);
  });
  it("a lapsed hold no longer counts; confirmed, waiting and live holds do", () => {
    const rsvps = [
      { id: "a", status: "confirmed", holdUntil: null },
      { id: "b", status: "held", holdUntil: at("2026-12-01T09:59:00+09:00") },
      { id: "c", status: "held", holdUntil: at("2026-12-01T10:01:00+09:00") },
      { id: "d", status: "waitlisted", holdUntil: null },
    ];
    expect(withoutLapsedHolds(rsvps, now).map((r) => r.id)).toEqual(["a", "c", "d"]);
  });
});

describe("paymentDeadline", () => {
  it("is 24 hours after the promotion", () => {
    expect(paymentDeadline(now, at("2026-12-05T10:00:00+09:00"))).toEqual(at("2026-12-02T10:00:00+09:00"));
  });
  it("is the start when the meetup begins sooner", () => {
    expect(paymentDeadline(now, at("2026-12-01T18:00:00+09:00"))).toEqual(at("2026-12-01T18:00:00+09:00"));
  });
});

describe("checkoutExpiresAt", () => {
  it("leaves a 15-minute hold to Stripe's default (the runner closes it)", () => {
    expect(checkoutExpiresAt(holdUntil(now), now)).toBeUndefined();
  });
  it("is the payment deadline when Stripe allows it", () => {
    const deadline = paymentDeadline(now, at("2026-12-05T10:00:00+09:00"));
    expect(checkoutExpiresAt(deadline, now)).toBe(deadline.getTime() / 1000);
    expect(checkoutExpiresAt(at("2026-12-01T10:30:00+09:00"), now)).toBe(at("2026-12-01T10:30:00+09:00").getTime() / 1000);
  });
  it("is Stripe's default when the deadline is under 30 minutes or over 24 hours away", () => {
    expect(checkoutExpiresAt(at("2026-12-01T10:29:00+09:00"), now)).toBeUndefined();
    expect(checkoutExpiresAt(at("2026-12-02T10:00:01+09:00"), now)).toBeUndefined();
  });
});

describe("selfCancelRefund", () => {
  const start = at("2026-12-03T10:00:00+09:00");
  it("refunds in full until 24 hours before the start", () => {
    expect(selfCancelRefund(start, at("2026-12-01T10:00:00+09:00"))).toBe("full");
    expect(selfCancelRefund(start, at("2026-12-02T10:00:00+09:00"))).toBe("full");
  });
  it("refunds nothing within 24 hours of the start", () => {
    expect(selfCancelRefund(start, at("2026-12-02T10:00:01+09:00"))).toBe("none");
    expect(selfCancelRefund(start, at("2026-12-03T09:00:00+09:00"))).toBe("none");
  });
});

describe("feeOption", () => {
  it("is off without card payments, whatever the account", () => {
    expect(feeOption({ cardsEnabled: false, organiserChargesEnabled: true })).toBe("off");
  });
  it("needs the organiser's account to take charges", () => {
    expect(feeOption({ cardsEnabled: true, organiserChargesEnabled: null })).toBe("not_connected");
    expect(feeOption({ cardsEnabled: true, organiserChargesEnabled: false })).toBe("not_connected");
    expect(feeOption({ cardsEnabled: true, organiserChargesEnabled: true })).toBe("ready");
  });
});

describe("meetupCheckoutKey", () => {
  it("is one key per RSVP and attempt", () => {
    expect(meetupCheckoutKey("r1", 1)).toBe(meetupCheckoutKey("r1", 1));
    expect(meetupCheckoutKey("r1", 2)).not.toBe(meetupCheckoutKey("r1", 1));
    expect(meetupCheckoutKey("r2", 1)).not.toBe(meetupCheckoutKey("r1", 1));
  });
});

describe("seatOnPayment", () => {
  const base = { rsvpStatus: "held", meetupOpen: true, holdLive: true, fits: false };
  it("confirms a live hold", () => expect(seatOnPayment(base)).toBe("confirm"));
  it("confirms a lapsed hold while the seat is still free, refunds it once taken", () => {
    expect(seatOnPayment({ ...base, holdLive: false, fits: true })).toBe("confirm");
    expect(seatOnPayment({ ...base, holdLive: false, fits: false })).toBe("refund");
  });
  it("refunds a seat given up or freed, and a meetup cancelled or started", () => {
    expect(seatOnPayment({ ...base, rsvpStatus: "cancelled" })).toBe("refund");
    expect(seatOnPayment({ ...base, rsvpStatus: "waitlisted" })).toBe("refund");
    expect(seatOnPayment({ ...base, meetupOpen: false })).toBe("refund");
  });
  it("keeps a seat already confirmed", () => expect(seatOnPayment({ ...base, rsvpStatus: "confirmed", meetupOpen: false })).toBe("keep"));
});
