import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Db } from "@/db";
import { insertOutboxSms } from "@/db/queries/sms";

// A local stand-in for a Twilio-compatible SMS API, for tests (integration and the end-to-end
// server): it answers POST /2010-04-01/Accounts/{sid}/Messages.json as Twilio does, checks HTTP
// Basic auth and the form fields, and keeps each message in `sms_outbox` where tests read codes.

export interface SmsStandIn {
  settings: { SMS_API_URL: string; TWILIO_ACCOUNT_SID: string; TWILIO_AUTH_TOKEN: string; SMS_FROM: string };
  /** Requests it answered, by status. */
  answered: number[];
  /** Makes the next `n` requests fail with 500, like a provider outage. */
  failNext(n: number): void;
  close(): Promise<void>;
}

const SID = "AC00000000000000000000000000000000";
const FROM = "+815000000000";

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** Starts the stand-in on a free loopback port; it keeps messages through `db`. */
export async function startSmsStandIn(db: Db): Promise<SmsStandIn> {
  const token = randomBytes(16).toString("hex");
  const answered: number[] = [];
  let failing = 0;
  const send = (res: ServerResponse, status: number, body: object) => {
    answered.push(status);
    res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
  };
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== "POST" || req.url !== `/2010-04-01/Accounts/${SID}/Messages.json`) {
        return send(res, 404, { code: 20404, message: "The requested resource was not found", status: 404 });
      }
      if (req.headers.authorization !== `Basic ${Buffer.from(`${SID}:${token}`).toString("base64")}`) {
        return send(res, 401, { code: 20003, message: "Authenticate", status: 401 });
      }
      if (!req.headers["content-type"]?.startsWith("application/x-www-form-urlencoded")) {
        return send(res, 400, { code: 21000, message: "Form-encoded body expected", status: 400 });
      }
      const form = new URLSearchParams(await readBody(req));
      const [to, from, body] = [form.get("To"), form.get("From"), form.get("Body")];
      if (!to || !/^\+[1-9]\d{6,14}$/.test(to)) return send(res, 400, { code: 21211, message: "Invalid 'To' Phone Number", status: 400 });
      if (from !== FROM) return send(res, 400, { code: 21212, message: "Invalid From Number", status: 400 });
      if (!body) return send(res, 400, { code: 21602, message: "Message body is required", status: 400 });
      if (failing > 0) {
        failing -= 1;
        return send(res, 500, { code: 20500, message: "Internal Server Error", status: 500 });
      }
      // Kept before the answer, so the message is there when the app's request returns.
      await insertOutboxSms(db, { to, body });
      send(res, 201, { sid: `SM${randomBytes(16).toString("hex")}`, account_sid: SID, to, from, body, status: "queued" });
    } catch {
      send(res, 500, { code: 20500, message: "Internal Server Error", status: 500 });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    settings: { SMS_API_URL: `http://127.0.0.1:${port}`, TWILIO_ACCOUNT_SID: SID, TWILIO_AUTH_TOKEN: token, SMS_FROM: FROM },
    answered,
    failNext(n) {
      failing = n;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
