import "server-only";
import type { Db } from "@/db/client";
import { insertOutboxSms } from "@/db/queries/sms";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log";
import { type Sms, type SmsSettings, smsRequest } from "@/lib/notify/sms";

const TIMEOUT_MS = 10_000;

/**
 * Sends through the SMS provider when one is configured; otherwise keeps the message in the
 * outbox (see /dev/mail). A provider that refuses or does not answer is a translated error.
 */
export async function sendSms(db: Db, settings: SmsSettings, sms: Sms): Promise<"provider" | "outbox"> {
  const request = smsRequest(settings, sms);
  if (!request) {
    await insertOutboxSms(db, sms);
    return "outbox";
  }
  let status: number | undefined;
  try {
    const response = await fetch(request.url, { ...request.init, signal: AbortSignal.timeout(TIMEOUT_MS) });
    status = response.status;
    // The body may name the number; only its error code is worth logging.
    const body = (await response.json().catch(() => null)) as { code?: number } | null;
    if (response.ok) return "provider";
    logger().error({ status, providerCode: body?.code }, "SMS provider refused a message");
  } catch (e) {
    logger().error({ status, cause: e instanceof Error ? e.name : "unknown" }, "SMS provider did not answer");
  }
  throw new AppError("internal", { key: "phone.sms_failed" });
}
