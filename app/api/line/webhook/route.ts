import { db } from "@/db";
import { env } from "@/lib/env";
import { receiveLineWebhook } from "@/lib/notify/workflows/line-webhook";

export const dynamic = "force-dynamic";

/** LINE's webhook (follow and unfollow of the official account): the raw body, as signed, goes to the workflow; 404 while LINE is off. */
export async function POST(request: Request) {
  const secret = env().LINE_CHANNEL_SECRET;
  if (!secret) return Response.json({ received: false }, { status: 404 });
  const status = await receiveLineWebhook(db(), secret, await request.text(), request.headers.get("x-line-signature"));
  return Response.json({ received: status === 200 }, { status });
}
