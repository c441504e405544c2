import "server-only";
import type { Db } from "@/db/client";
import { lockMeetupPayments, updateMeetupPayment } from "@/db/queries/meetup-payments";
import { liveRsvps, lockSeriesFrom, markMeetupCancelled } from "@/db/queries/meetups";
import { changeable } from "@/lib/meetups/rules";
import type { EditScope } from "@/lib/meetups/schema";
import { notify } from "@/lib/notify/workflows/notify";
import { lockMeetupToChange } from "./organised-meetup";
import { meetupNoticeData } from "./promote";

/**
 * Cancels one occurrence, or it and every later one of its series that has not started, and tells
 * everyone who had a seat or a place on the waitlist why. A fee paid is owed back in full (asked of
 * Stripe after the transaction: lib/payments/workflows/issue-refunds.ts). Returns the cancelled ids.
 */
export async function cancelMeetup(
  db: Db,
  organiserId: string,
  input: { meetupId: string; scope: EditScope; reason: string },
  now: Date,
): Promise<string[]> {
  return db.transaction(async (tx) => {
    const meetup = await lockMeetupToChange(tx, input.meetupId, organiserId, now);
    const targets =
      input.scope === "following" && meetup.seriesId
        ? (await lockSeriesFrom(tx, meetup.seriesId, meetup.startsAt)).filter((m) => changeable(m, now))
        : [meetup];
    for (const target of targets) {
      await markMeetupCancelled(tx, target.id, input.reason, now);
      const data = { ...meetupNoticeData(target), reason: input.reason };
      const rsvps = await liveRsvps(tx, target.id);
      await notify(
        tx,
        rsvps.map((r) => ({ userId: r.memberId, kind: "meetup_cancelled", data })),
      );
      // Every fee paid is refunded in full; the refunds are asked of Stripe after the transaction.
      for (const payment of await lockMeetupPayments(tx, target.id)) {
        if (payment.status !== "paid" || payment.refundDueAt) continue;
        await updateMeetupPayment(tx, payment.id, { refundDueAt: now, updatedAt: now });
        await notify(tx, { userId: payment.memberId, kind: "meetup_refund_cancelled", data: { ...data, yen: payment.amountYen } });
      }
    }
    return targets.map((t) => t.id);
  });
}
