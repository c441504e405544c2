import "server-only";
import { validateSignature } from "@line/bot-sdk";
import type { Db } from "@/db/client";
import { markLineEvent, setLineFollowing } from "@/db/queries/channels";
import { logger } from "@/lib/log";
import { followChanges } from "@/lib/notify/line-events";

/**
 * One LINE webhook request: the raw body must carry the channel secret's HMAC-SHA256 in
 * X-Line-Signature (else 400, nothing stored). Each follow or unfollow is stored once, by its
 * webhookEventId, in one transaction with its mark; other events are acknowledged and ignored.
 */
export async function receiveLineWebhook(db: Db, secret: string, rawBody: string, signature: string | null): Promise<200 | 400> {
  if (!signature || !validateSignature(rawBody, secret, signature)) {
    logger().warn("line webhook: bad signature");
    return 400;
  }
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return 400;
  }
  for (const change of followChanges(body)) {
    await db.transaction(async (tx) => {
      if (await markLineEvent(tx, change.eventId)) await setLineFollowing(tx, change.lineUserId, change.following, change.at);
    });
  }
  return 200;
}
