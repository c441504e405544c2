import "server-only";
import type { Db } from "@/db/client";
import {
  claimDeliveries,
  type DeliveryContent,
  type DeliveryRow,
  deliveryContent,
  finishDelivery,
  holdDelivery,
  renewClaim,
  retryDelivery,
} from "@/db/queries/deliveries";
import { nextAttemptAt } from "@/lib/jobs/backoff";
import { logger } from "@/lib/log";
import { notificationMail } from "@/lib/notify/notification-mail";
import { heldUntil, memberQuietHours, type QuietHours, urgentNotice } from "@/lib/notify/quiet-hours";
import type { Mailer } from "@/lib/notify/workflows/mailer";
import type { ChannelResult } from "./channel-result";
import { type LineClient, sendLineDelivery } from "./send-line";
import { type PushKeys, sendPushDelivery } from "./send-push";

export interface DeliveryOptions {
  mailer: Mailer;
  /** The public address pages are linked under (AUTH_URL). */
  baseUrl: string;
  batch: number;
  leaseMs: number;
  /** Mails in flight at once (the SMTP pool's connections). */
  parallel: number;
  /** The site's quiet hours (QUIET_HOURS); a member's own setting replaces it for their notices. */
  quietHours: QuietHours | null;
  /** Web push keys (VAPID); without them push deliveries are skipped. */
  push?: PushKeys | null;
  /** The LINE Messaging API; without it LINE deliveries are skipped. */
  line?: LineClient | null;
}

export type Outcome = "sent" | "held" | "skipped" | "retry" | "failed" | "lost";

/**
 * Claims one batch of due deliveries and sends each: written from its notification in the member's
 * language, marked sent at once; in quiet hours, one that is not urgent waits for the morning. A failure is tried again later (lib/jobs/backoff), and after the
 * last attempt the delivery is `failed`. Returns the outcomes (empty: nothing was due).
 */
export async function sendDueDeliveries(db: Db, o: DeliveryOptions, now = new Date()): Promise<Outcome[]> {
  const claimed = await claimDeliveries(db, now, o.batch, o.leaseMs);
  const outcomes: Outcome[] = [];
  let next = 0;
  const lane = async () => {
    while (next < claimed.length) outcomes.push(await sendOne(db, o, claimed[next++]!, now));
  };
  await Promise.all(Array.from({ length: Math.min(o.parallel, claimed.length) }, lane));
  return outcomes;
}

async function sendOne(db: Db, o: DeliveryOptions, d: DeliveryRow, now: Date): Promise<Outcome> {
  const content = await deliveryContent(db, d.notificationId);
  if (!content || (d.channel === "email" && !content.email)) {
    await finishDelivery(db, d.id, "skipped", new Date(), content ? "no_address" : "no_notification");
    return "skipped";
  }
  const urgent = urgentNotice(content.kind, content.data, now);
  const hold = heldUntil(now, memberQuietHours(content.quietHours, o.quietHours), urgent);
  if (hold) {
    await holdDelivery(db, d.id, hold);
    return "held";
  }
  // The batch may have outlived its lease: send only while the claim is still ours, and renew it so
  // that this one message has a whole lease to go out in.
  if (!d.lockedUntil || !(await renewClaim(db, d.id, d.lockedUntil, new Date(Date.now() + o.leaseMs)))) return "lost";
  let result: ChannelResult;
  try {
    result = await sendOn(db, o, d, content, urgent);
  } catch (e) {
    const code = (e as { code?: string; responseCode?: number }).code ?? String((e as { responseCode?: number }).responseCode ?? "error");
    const at = nextAttemptAt(d.attempts, new Date());
    logger().warn(
      { delivery: d.id, channel: d.channel, attempts: d.attempts, code },
      at ? "delivery failed, will retry" : "delivery failed for good",
    );
    if (at) await retryDelivery(db, d.id, at, code);
    else await finishDelivery(db, d.id, "failed", new Date(), code);
    return at ? "retry" : "failed";
  }
  if (result.state === "skipped") {
    await finishDelivery(db, d.id, "skipped", new Date(), result.reason);
    return "skipped";
  }
  await finishDelivery(db, d.id, "sent", new Date());
  return "sent";
}

/** Hands the delivery to its channel: e-mail here, push and LINE in their own files. */
async function sendOn(db: Db, o: DeliveryOptions, d: DeliveryRow, content: DeliveryContent, urgent: boolean): Promise<ChannelResult> {
  if (d.channel === "push") {
    return o.push ? sendPushDelivery(db, o.push, d, content, o.baseUrl, urgent) : { state: "skipped", reason: "not_configured" };
  }
  if (d.channel === "line") {
    return o.line ? sendLineDelivery(db, o.line, d, content, o.baseUrl) : { state: "skipped", reason: "not_configured" };
  }
  const mail = notificationMail(content.email!, content.name, content, content.locale ?? "ja", o.baseUrl);
  await o.mailer.send({ ...mail, messageId: `<${d.id}@otagai.delivery>` });
  return { state: "sent" };
}
