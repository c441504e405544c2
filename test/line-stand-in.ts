import { createHmac, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

// A local stand-in for the LINE Messaging API, for tests: it answers POST /v2/bot/message/push as
// LINE does (Bearer channel access token, JSON body, X-Line-Retry-Key: a key seen before gets 409),
// and keeps what it accepted. `signed` makes a webhook body's X-Line-Signature as LINE signs it.

export interface LinePush {
  to: string;
  messages: { type: string; text?: string }[];
  retryKey: string | null;
}

export interface LineStandIn {
  settings: { LINE_CHANNEL_ACCESS_TOKEN: string; LINE_CHANNEL_SECRET: string; LINE_API_URL: string };
  pushed: LinePush[];
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** The X-Line-Signature LINE puts on a webhook body: base64 HMAC-SHA256 under the channel secret. */
export const signed = (body: string, secret: string) => createHmac("sha256", secret).update(body).digest("base64");

export async function startLineStandIn(): Promise<LineStandIn> {
  const token = randomBytes(16).toString("hex");
  const secret = randomBytes(16).toString("hex");
  const pushed: LinePush[] = [];
  const keys = new Set<string>();
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const json = (status: number, value: object) =>
      res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(value));
    if (req.method !== "POST" || req.url !== "/v2/bot/message/push") return json(404, { message: "Not found" });
    if (req.headers.authorization !== `Bearer ${token}`) return json(401, { message: "Authentication failed" });
    const retryKey = (req.headers["x-line-retry-key"] as string | undefined) ?? null;
    if (retryKey && keys.has(retryKey)) return json(409, { message: "The retry key is already accepted" });
    const parsed = JSON.parse(body) as { to?: string; messages?: LinePush["messages"] };
    if (!parsed.to || !Array.isArray(parsed.messages) || parsed.messages.length === 0)
      return json(400, { message: "The request body has 1 error(s)" });
    if (retryKey) keys.add(retryKey);
    pushed.push({ to: parsed.to, messages: parsed.messages, retryKey });
    json(200, { sentMessages: parsed.messages.map(() => ({ id: String(Date.now()), quoteToken: randomBytes(8).toString("hex") })) });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    settings: { LINE_CHANNEL_ACCESS_TOKEN: token, LINE_CHANNEL_SECRET: secret, LINE_API_URL: url },
    pushed,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
