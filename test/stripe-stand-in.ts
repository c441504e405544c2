import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";

// A local stand-in for the part of Stripe's API Otagai uses, for tests (integration and the
// end-to-end server). The real `stripe` SDK is pointed at it (host, port, protocol). It answers
// accounts, account links, Checkout Sessions, PaymentIntents, charges (with their balance
// transactions) and refunds with JSON shaped like Stripe's (API 2026-10-28), checks the secret key,
// honours Idempotency-Key as Stripe does (same key and parameters → the same answer; same key,
// other parameters → 400), and serves two pages a browser walks through: hosted onboarding and
// hosted Checkout. Paying on the Checkout page, or finishing onboarding, sends the event Stripe
// would send, signed with stripe.webhooks.generateTestHeaderString, to the app's endpoint.

type Obj = Record<string, unknown> & { id: string; object: string };
type Endpoint = "platform" | "connect";

export interface StripeStandIn {
  settings: { STRIPE_SECRET_KEY: string; STRIPE_WEBHOOK_SECRET: string; STRIPE_CONNECT_WEBHOOK_SECRET: string; STRIPE_API_URL: string };
  url: string;
  /** Every API call: method, path and Idempotency-Key, in order. */
  calls: { method: string; path: string; idempotencyKey: string | undefined }[];
  /** Every event the stand-in made (sent to the app or not), in order. */
  events: Stripe.Event[];
  /** An object as the stand-in holds it now (a Checkout Session, a charge…). */
  get(id: string): Obj | undefined;
  /** Where signed events go (`{app}/api/stripe/webhook` and `{app}/api/stripe/connect-webhook`); none: kept only. */
  setApp(appUrl: string | null): void;
  /** The customer pays a Checkout Session: PaymentIntent, charge and fee made; returns checkout.session.completed. */
  pay(sessionId: string): Promise<Stripe.Event>;
  /** The session times out unpaid: checkout.session.expired. */
  expire(sessionId: string): Promise<Stripe.Event>;
  /** The card is declined on a session: payment_intent.payment_failed. */
  decline(sessionId: string): Promise<Stripe.Event>;
  /** A full refund of the session's charge: charge.refunded. */
  refund(sessionId: string): Promise<Stripe.Event>;
  /** The cardholder disputes the session's charge: charge.dispute.created. */
  dispute(sessionId: string): Promise<Stripe.Event>;
  /** The helper finishes hosted onboarding: account.updated (Connect). */
  onboard(accountId: string): Promise<Stripe.Event>;
  /** Signs and posts an event to the app as Stripe does; the app's HTTP status. */
  deliver(event: Stripe.Event, endpoint?: Endpoint, secret?: string): Promise<number>;
  /** The Stripe-Signature header for a payload. */
  sign(payload: string, secret?: string): string;
  close(): Promise<void>;
}

const API_VERSION = "2026-10-28.endive";
// Stripe Japan's domestic card rate, 3.6 %: what the platform bears on each payment.
const FEE_RATE = 0.036;

const id = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`;
const nowSec = () => Math.floor(Date.now() / 1000);
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** Stripe's form encoding (`a[b][0][c]=v`) back into nested objects and arrays. */
export function parseStripeForm(body: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const parts = key.replace(/\]/g, "").split("[");
    let at: Record<string, unknown> | unknown[] = root;
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      const slot = part === "" && Array.isArray(at) ? at.length : part;
      const holder = at as Record<string | number, unknown>;
      if (last) {
        holder[slot] = value;
        return;
      }
      const nextIsIndex = /^\d*$/.test(parts[i + 1] ?? "");
      holder[slot] ??= nextIsIndex ? [] : {};
      at = holder[slot] as Record<string, unknown>;
    });
  }
  return root;
}

export async function startStripeStandIn(): Promise<StripeStandIn> {
  const key = `sk_test_standin${randomBytes(12).toString("hex")}`;
  const secret = `whsec_${randomBytes(24).toString("hex")}`;
  const connectSecret = `whsec_${randomBytes(24).toString("hex")}`;
  const signer = new Stripe(key);
  const store = new Map<string, Obj>();
  const idempotent = new Map<string, { hash: string; status: number; body: unknown }>();
  const calls: StripeStandIn["calls"] = [];
  const events: Stripe.Event[] = [];
  let app: string | null = null;
  let base = "";

  const put = <T extends Obj>(o: T): T => {
    store.set(o.id, o);
    return o;
  };
  const must = (objectId: string, kind: string): Obj => {
    const o = store.get(objectId);
    if (!o || o.object !== kind) throw new Error(`no ${kind} ${objectId}`);
    return o;
  };

  const event = (type: string, object: Obj, account?: string): Stripe.Event => {
    const e = {
      id: id("evt"),
      object: "event",
      api_version: API_VERSION,
      created: nowSec(),
      type,
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: { object: structuredClone(object) },
      ...(account ? { account } : {}),
    } as unknown as Stripe.Event;
    events.push(e);
    return e;
  };

  const sign = (payload: string, s = secret) => signer.webhooks.generateTestHeaderString({ payload, secret: s });

  async function deliver(e: Stripe.Event, endpoint: Endpoint = "platform", s?: string): Promise<number> {
    if (!app) return 0;
    const payload = JSON.stringify(e);
    const path = endpoint === "platform" ? "/api/stripe/webhook" : "/api/stripe/connect-webhook";
    const res = await fetch(`${app}${path}`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "Stripe-Signature": sign(payload, s ?? (endpoint === "platform" ? secret : connectSecret)),
      },
      body: payload,
    });
    await res.text();
    return res.status;
  }

  // --- the API ---------------------------------------------------------------------------------

  function expand(o: Obj, paths: string[]): Obj {
    const copy = structuredClone(o) as Record<string, unknown>;
    for (const path of paths) {
      const [head, ...rest] = path.split(".");
      if (!head) continue;
      const ref = copy[head];
      if (typeof ref === "string" && store.has(ref)) copy[head] = expand(store.get(ref)!, rest.length ? [rest.join(".")] : []);
    }
    return copy as Obj;
  }

  function createAccount(p: Record<string, unknown>): Obj {
    return put({
      id: id("acct"),
      object: "account",
      type: "express",
      country: (p.country as string) ?? "JP",
      default_currency: "jpy",
      email: (p.email as string) ?? null,
      charges_enabled: false,
      payouts_enabled: false,
      details_submitted: false,
      capabilities: {},
      metadata: (p.metadata as object) ?? {},
      created: nowSec(),
    });
  }

  function createAccountLink(p: Record<string, unknown>): Obj {
    const account = must(String(p.account), "account");
    const q = new URLSearchParams({ return_url: String(p.return_url ?? ""), refresh_url: String(p.refresh_url ?? "") });
    return {
      id: id("link"),
      object: "account_link",
      created: nowSec(),
      expires_at: nowSec() + 300,
      url: `${base}/connect/onboarding/${account.id}?${q}`,
    };
  }

  function createSession(p: Record<string, unknown>): Obj {
    const items = (p.line_items as { price_data: { currency: string; unit_amount: string }; quantity: string }[]) ?? [];
    if (p.mode !== "payment" || items.length === 0)
      throw new ApiError(400, "parameter_missing", "line_items and mode=payment are required");
    const currency = items[0]!.price_data.currency;
    const total = items.reduce((sum, i) => sum + Number(i.price_data.unit_amount) * Number(i.quantity ?? 1), 0);
    const pid = (p.payment_intent_data as Record<string, unknown>) ?? {};
    if (pid.transfer_data) must(String((pid.transfer_data as { destination: string }).destination), "account");
    if (p.expires_at !== undefined) {
      const ahead = Number(p.expires_at) - nowSec();
      if (!(ahead >= 30 * 60 - 5 && ahead <= 24 * 3600))
        throw new ApiError(400, "parameter_invalid_integer", "expires_at must be between 30 minutes and 24 hours from now");
    }
    const sessionId = `cs_test_${randomBytes(24).toString("hex")}`;
    return put({
      id: sessionId,
      object: "checkout.session",
      mode: "payment",
      status: "open",
      payment_status: "unpaid",
      currency,
      amount_subtotal: total,
      amount_total: total,
      client_reference_id: (p.client_reference_id as string) ?? null,
      metadata: (p.metadata as object) ?? {},
      payment_intent: null,
      success_url: p.success_url,
      cancel_url: p.cancel_url ?? null,
      created: nowSec(),
      expires_at: Number(p.expires_at ?? nowSec() + 24 * 3600),
      url: `${base}/checkout/${sessionId}`,
      livemode: false,
      // What the PaymentIntent will carry: kept to make it when the customer pays.
      _payment_intent_data: pid,
      _line_name: (items[0] as unknown as { price_data: { product_data?: { name?: string } } }).price_data.product_data?.name ?? "",
    });
  }

  function refundCharge(chargeId: string, reverseTransfer = false): Obj {
    const charge = must(chargeId, "charge");
    if (charge.refunded) throw new ApiError(400, "charge_already_refunded", `Charge ${chargeId} has already been refunded.`);
    const refund = put({
      id: id("re"),
      object: "refund",
      amount: charge.amount,
      charge: charge.id,
      payment_intent: charge.payment_intent,
      currency: charge.currency,
      status: "succeeded",
      // Whether the transfer to the connected account was reversed with it (destination charges).
      reverse_transfer: reverseTransfer,
      created: nowSec(),
    });
    Object.assign(charge, { refunded: true, amount_refunded: charge.amount, refunds: { object: "list", data: [refund] } });
    return refund;
  }

  class ApiError extends Error {
    constructor(
      readonly status: number,
      readonly code: string,
      message: string,
      readonly type = "invalid_request_error",
    ) {
      super(message);
    }
  }

  type Route = [method: string, path: RegExp, answer: (ids: string[], params: Record<string, unknown>) => unknown];
  const routes: Route[] = [
    ["POST", /^\/v1\/accounts$/, (_, p) => createAccount(p)],
    ["GET", /^\/v1\/accounts\/(acct_\w+)$/, ([a]) => must(a!, "account")],
    ["POST", /^\/v1\/account_links$/, (_, p) => createAccountLink(p)],
    ["POST", /^\/v1\/checkout\/sessions$/, (_, p) => createSession(p)],
    ["GET", /^\/v1\/checkout\/sessions\/(cs_\w+)$/, ([cs], p) => expand(must(cs!, "checkout.session"), expansions(p))],
    [
      "POST",
      /^\/v1\/checkout\/sessions\/(cs_\w+)\/expire$/,
      ([cs]) => {
        const s = must(cs!, "checkout.session");
        if (s.status !== "open") throw new ApiError(400, "checkout_session_not_open", "Only open sessions can be expired.");
        return Object.assign(s, { status: "expired" });
      },
    ],
    ["GET", /^\/v1\/payment_intents\/(pi_\w+)$/, ([pi], p) => expand(must(pi!, "payment_intent"), expansions(p))],
    ["GET", /^\/v1\/charges\/(ch_\w+)$/, ([ch], p) => expand(must(ch!, "charge"), expansions(p))],
    ["GET", /^\/v1\/balance_transactions\/(txn_\w+)$/, ([txn]) => must(txn!, "balance_transaction")],
    [
      "POST",
      /^\/v1\/refunds$/,
      (_, p) => {
        const chargeId = p.charge ? String(p.charge) : String(must(String(p.payment_intent), "payment_intent").latest_charge);
        const refund = refundCharge(chargeId, p.reverse_transfer === "true");
        // Stripe tells the platform's endpoint a moment after answering.
        const e = event("charge.refunded", must(chargeId, "charge"));
        setTimeout(() => void deliver(e).catch(() => {}), 50);
        return refund;
      },
    ],
  ];
  const expansions = (p: Record<string, unknown>) => ([] as string[]).concat((p.expand as string[] | undefined) ?? []);

  function api(method: string, path: string, params: Record<string, unknown>): unknown {
    for (const [m, re, answer] of routes) {
      const match = method === m ? path.match(re) : null;
      if (match) return answer(match.slice(1), params);
    }
    throw new ApiError(404, "resource_missing", `Unrecognized request URL (${method}: ${path}).`);
  }

  // --- what a customer (or the clock) does -----------------------------------------------------

  function sessionCharge(sessionId: string): Obj {
    const s = must(sessionId, "checkout.session");
    if (!s.payment_intent) throw new Error(`session ${sessionId} was not paid`);
    return must(String(must(String(s.payment_intent), "payment_intent").latest_charge), "charge");
  }

  async function pay(sessionId: string): Promise<Stripe.Event> {
    const s = must(sessionId, "checkout.session");
    if (s.status === "complete") throw new Error(`session ${sessionId} is already paid`);
    const pid = s._payment_intent_data as { metadata?: object; transfer_data?: { destination: string }; on_behalf_of?: string };
    const amount = Number(s.amount_total);
    const fee = Math.round(amount * FEE_RATE);
    const piId = id("pi");
    const chargeId = id("ch");
    const txn = put({
      id: id("txn"),
      object: "balance_transaction",
      amount,
      currency: s.currency,
      fee,
      fee_details: [{ amount: fee, currency: s.currency, type: "stripe_fee", description: "Stripe processing fees" }],
      net: amount - fee,
      source: chargeId,
      status: "pending",
      type: "charge",
      created: nowSec(),
    });
    put({
      id: chargeId,
      object: "charge",
      amount,
      amount_captured: amount,
      amount_refunded: 0,
      currency: s.currency,
      paid: true,
      status: "succeeded",
      captured: true,
      refunded: false,
      disputed: false,
      payment_intent: piId,
      balance_transaction: txn.id,
      application_fee_amount: null,
      on_behalf_of: pid.on_behalf_of ?? null,
      transfer_data: pid.transfer_data ? { amount: null, destination: pid.transfer_data.destination } : null,
      metadata: pid.metadata ?? {},
      created: nowSec(),
    });
    put({
      id: piId,
      object: "payment_intent",
      amount,
      amount_received: amount,
      currency: s.currency,
      status: "succeeded",
      latest_charge: chargeId,
      application_fee_amount: null,
      on_behalf_of: pid.on_behalf_of ?? null,
      transfer_data: pid.transfer_data ?? null,
      metadata: pid.metadata ?? {},
      created: nowSec(),
    });
    Object.assign(s, { status: "complete", payment_status: "paid", payment_intent: piId });
    const e = event("checkout.session.completed", s);
    await deliver(e);
    return e;
  }

  async function expire(sessionId: string): Promise<Stripe.Event> {
    const s = must(sessionId, "checkout.session");
    Object.assign(s, { status: "expired" });
    const e = event("checkout.session.expired", s);
    await deliver(e);
    return e;
  }

  async function decline(sessionId: string): Promise<Stripe.Event> {
    const s = must(sessionId, "checkout.session");
    const pid = s._payment_intent_data as { metadata?: object };
    const pi = put({
      id: id("pi"),
      object: "payment_intent",
      amount: s.amount_total,
      currency: s.currency,
      status: "requires_payment_method",
      latest_charge: null,
      last_payment_error: {
        type: "card_error",
        code: "card_declined",
        decline_code: "generic_decline",
        message: "Your card was declined.",
      },
      metadata: pid.metadata ?? {},
      created: nowSec(),
    });
    const e = event("payment_intent.payment_failed", pi);
    await deliver(e);
    return e;
  }

  async function refund(sessionId: string): Promise<Stripe.Event> {
    const charge = sessionCharge(sessionId);
    if (!charge.refunded) refundCharge(charge.id);
    const e = event("charge.refunded", charge);
    await deliver(e);
    return e;
  }

  async function dispute(sessionId: string): Promise<Stripe.Event> {
    const charge = sessionCharge(sessionId);
    Object.assign(charge, { disputed: true });
    const d = put({
      id: id("dp"),
      object: "dispute",
      amount: charge.amount,
      currency: charge.currency,
      charge: charge.id,
      payment_intent: charge.payment_intent,
      reason: "fraudulent",
      status: "needs_response",
      created: nowSec(),
    });
    const e = event("charge.dispute.created", d);
    await deliver(e);
    return e;
  }

  async function onboard(accountId: string): Promise<Stripe.Event> {
    const a = must(accountId, "account");
    Object.assign(a, {
      charges_enabled: true,
      payouts_enabled: true,
      details_submitted: true,
      capabilities: { card_payments: "active", transfers: "active" },
    });
    const e = event("account.updated", a, a.id);
    await deliver(e, "connect");
    return e;
  }

  // --- the pages a browser sees ----------------------------------------------------------------

  const page = (title: string, body: string) =>
    `<!doctype html><html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;

  async function pages(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    let r = url.pathname.match(/^\/checkout\/(cs_\w+)(\/pay)?$/);
    if (r) {
      const s = store.get(r[1]!);
      if (s?.object !== "checkout.session") return false;
      if (req.method === "POST" && r[2]) {
        if (s.status === "open") await pay(s.id);
        res.writeHead(303, { Location: String(s.success_url).replace("{CHECKOUT_SESSION_ID}", s.id) }).end();
        return true;
      }
      const yen = `¥${Number(s.amount_total).toLocaleString("ja-JP")}`;
      const body =
        s.status === "open"
          ? `<p>${escapeHtml(String(s._line_name))}</p><p id="amount">${yen}</p><p>テストカード 4242 4242 4242 4242</p><form method="post" action="/checkout/${s.id}/pay"><button type="submit">支払う</button></form>${s.cancel_url ? `<p><a href="${escapeHtml(String(s.cancel_url))}">戻る</a></p>` : ""}`
          : `<p>このセッションは終了しています (${escapeHtml(String(s.status))})</p>`;
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(page("Stripe Checkout (stand-in)", body));
      return true;
    }
    r = url.pathname.match(/^\/connect\/onboarding\/(acct_\w+)$/);
    if (r) {
      const a = store.get(r[1]!);
      if (!a) return false;
      if (req.method === "POST") {
        await onboard(a.id);
        res.writeHead(303, { Location: url.searchParams.get("return_url") ?? "/" }).end();
        return true;
      }
      const body = `<form method="post" action="${escapeHtml(url.pathname + url.search)}"><p>口座情報 (テスト)</p><button type="submit">送信して戻る</button></form>`;
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(page("Stripe Connect onboarding (stand-in)", body));
      return true;
    }
    return false;
  }

  const server = createServer(async (req, res) => {
    const send = (status: number, body: unknown) =>
      res.writeHead(status, { "Content-Type": "application/json", "Stripe-Version": API_VERSION }).end(JSON.stringify(body));
    try {
      const url = new URL(req.url ?? "/", base);
      if (!url.pathname.startsWith("/v1/")) {
        if (await pages(req, res, url)) return;
        return send(404, { error: { type: "invalid_request_error", message: "Not found" } });
      }
      const idempotencyKey = req.headers["idempotency-key"] as string | undefined;
      calls.push({ method: req.method ?? "GET", path: url.pathname, idempotencyKey });
      if (req.headers.authorization !== `Bearer ${key}`) {
        return send(401, { error: { type: "invalid_request_error", message: "Invalid API Key provided." } });
      }
      const body = await readBody(req);
      const params = req.method === "GET" ? parseStripeForm(url.search.slice(1)) : parseStripeForm(body);
      const hash = createHash("sha256").update(`${req.method} ${url.pathname} ${body}`).digest("hex");
      if (req.method === "POST" && idempotencyKey) {
        const seen = idempotent.get(idempotencyKey);
        if (seen && seen.hash !== hash) {
          return send(400, {
            error: {
              type: "idempotency_error",
              message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
            },
          });
        }
        if (seen) {
          res.setHeader("Idempotent-Replayed", "true");
          return send(seen.status, seen.body);
        }
      }
      let status = 200;
      let answer: unknown;
      try {
        answer = api(req.method ?? "GET", url.pathname, params);
        // Fields the stand-in keeps for itself never leave it.
        answer = JSON.parse(JSON.stringify(answer, (k, v) => (k.startsWith("_") ? undefined : v)));
      } catch (e) {
        if (!(e instanceof ApiError) && !(e instanceof Error && e.message.startsWith("no "))) throw e;
        status = e instanceof ApiError ? e.status : 404;
        answer = {
          error: {
            type: e instanceof ApiError ? e.type : "invalid_request_error",
            code: e instanceof ApiError ? e.code : "resource_missing",
            message: e.message,
          },
        };
      }
      if (req.method === "POST" && idempotencyKey) idempotent.set(idempotencyKey, { hash, status, body: answer });
      send(status, answer);
    } catch (e) {
      send(500, { error: { type: "api_error", message: e instanceof Error ? e.message : "error" } });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  return {
    settings: { STRIPE_SECRET_KEY: key, STRIPE_WEBHOOK_SECRET: secret, STRIPE_CONNECT_WEBHOOK_SECRET: connectSecret, STRIPE_API_URL: base },
    url: base,
    calls,
    events,
    get: (objectId) => store.get(objectId),
    setApp(appUrl) {
      app = appUrl;
    },
    pay,
    expire,
    decline,
    refund,
    dispute,
    onboard,
    deliver,
    sign,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
