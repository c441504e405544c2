import "server-only";
import { HTTPFetchError, messagingApi } from "@line/bot-sdk";
import type { Db } from "@/db/client";
import { lineLinkOf } from "@/db/queries/channels";
import type { DeliveryContent } from "@/db/queries/deliveries";
import type { Env } from "@/lib/env";
import { lineText } from "@/lib/notify/line-message";
import { ChannelFailure, type ChannelResult } from "./channel-result";

export type LineClient = Pick<messagingApi.MessagingApiClient, "pushMessage">;

/** The Messaging API client, when the official account is configured (LINE_API_URL: a local stand-in in tests). */
export function openLineClient(s: Pick<Env, "LINE_CHANNEL_ACCESS_TOKEN" | "LINE_API_URL">): LineClient | null {
  if (!s.LINE_CHANNEL_ACCESS_TOKEN) return null;
  return new messagingApi.MessagingApiClient({ channelAccessToken: s.LINE_CHANNEL_ACCESS_TOKEN, baseURL: s.LINE_API_URL });
}

/**
 * Sends one notice as a LINE push message, only to a member who linked LINE and follows the
 * official account. The delivery's id is the retry key, so LINE sends a retried delivery once
 * (a 409 says it already accepted it).
 */
export async function sendLineDelivery(
  db: Db,
  client: LineClient,
  d: { id: string; userId: string },
  content: DeliveryContent,
  baseUrl: string,
): Promise<ChannelResult> {
  const link = await lineLinkOf(db, d.userId);
  if (!link?.following) return { state: "skipped", reason: link ? "not_following" : "not_linked" };
  try {
    await client.pushMessage(
      { to: link.lineUserId, messages: [{ type: "text", text: lineText(content, content.locale ?? "ja", baseUrl) }] },
      d.id,
    );
  } catch (e) {
    if (e instanceof HTTPFetchError && e.status === 409) return { state: "sent" };
    throw new ChannelFailure(e instanceof HTTPFetchError ? `line_${e.status}` : ((e as { code?: string }).code ?? "line_error"));
  }
  return { state: "sent" };
}
