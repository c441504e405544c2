import { execFileSync } from "node:child_process";
import { createDecipheriv, createECDH, createPublicKey, hkdfSync, randomBytes, verify } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import { createServer, globalAgent } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

// A local stand-in for a browser's push service (RFC 8030), for tests: it takes the Web Push
// protocol's POST to a subscription's endpoint, checks the VAPID Authorization header (RFC 8292:
// an ES256 JWT signed by the key it names, for this origin, not expired) and decrypts the aes128gcm
// body (RFC 8291) with the test device's own private key, as the browser would. A device can be
// made to answer 410 Gone, like an unsubscribed browser. Push services are https only (and web-push
// speaks nothing else): the stand-in serves a fresh self-signed certificate for 127.0.0.1, which
// this test process trusts.

/** A device as the browser holds it: the subscription the site stores, and the private key only the device knows. */
export interface TestDevice {
  endpoint: string;
  p256dh: string;
  auth: string;
}

export interface ReceivedPush {
  endpoint: string;
  /** The decrypted payload. */
  text: string;
  ttl: number;
  urgency: string | null;
  /** The VAPID public key that signed the request (the site's). */
  vapidKey: string;
}

export interface PushStandIn {
  /** A new device subscribed at this push service. */
  device(): TestDevice;
  /** Makes a device's endpoint answer `status` from now on (410: the browser unsubscribed). */
  answer(endpoint: string, status: number): void;
  received: ReceivedPush[];
  /** Requests refused, with why (a bad VAPID header, a body that does not decrypt). */
  refused: string[];
  close(): Promise<void>;
}

const b64u = (b: Buffer) => b.toString("base64url");

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** RFC 8292: `vapid t=<jwt>, k=<key>`; the JWT's audience is this push service's origin. Returns the key or throws why not. */
function checkVapid(header: string | undefined, origin: string, now: number): string {
  const m = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(header ?? "");
  if (!m) throw new Error("no vapid authorization");
  const [token, k] = [m[1]!, m[2]!];
  const [head, body, sig] = token.split(".") as [string, string, string];
  const point = Buffer.from(k, "base64url");
  if (point.length !== 65 || point[0] !== 4) throw new Error("vapid key is not a P-256 point");
  const key = createPublicKey({
    key: { kty: "EC", crv: "P-256", x: b64u(point.subarray(1, 33)), y: b64u(point.subarray(33)) },
    format: "jwk",
  });
  const signed = verify("sha256", Buffer.from(`${head}.${body}`), { key, dsaEncoding: "ieee-p1363" }, Buffer.from(sig, "base64url"));
  if (!signed) throw new Error("vapid signature does not verify");
  const header_ = JSON.parse(Buffer.from(head, "base64url").toString()) as { alg?: string };
  const claims = JSON.parse(Buffer.from(body, "base64url").toString()) as { aud?: string; exp?: number; sub?: string };
  if (header_.alg !== "ES256") throw new Error("vapid alg is not ES256");
  if (claims.aud !== origin) throw new Error(`vapid aud ${claims.aud} is not ${origin}`);
  if (!claims.exp || claims.exp * 1000 < now || claims.exp * 1000 > now + 24 * 3600_000) throw new Error("vapid exp out of range");
  if (!claims.sub || !/^(mailto:|https:)/.test(claims.sub)) throw new Error("vapid sub missing");
  return k;
}

/** RFC 8291 / 8188: one aes128gcm record, decrypted with the device's private key and auth secret. */
function decrypt(body: Buffer, device: { ecdh: ReturnType<typeof createECDH>; auth: Buffer }): string {
  const salt = body.subarray(0, 16);
  const idlen = body[20]!;
  const serverKey = body.subarray(21, 21 + idlen);
  const cipherText = body.subarray(21 + idlen);
  const shared = device.ecdh.computeSecret(serverKey);
  const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), device.ecdh.getPublicKey(), serverKey]);
  const ikm = Buffer.from(hkdfSync("sha256", shared, device.auth, keyInfo, 32));
  const cek = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: aes128gcm\0"), 16));
  const nonce = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: nonce\0"), 12));
  const decipher = createDecipheriv("aes-128-gcm", cek, nonce);
  decipher.setAuthTag(cipherText.subarray(cipherText.length - 16));
  const padded = Buffer.concat([decipher.update(cipherText.subarray(0, cipherText.length - 16)), decipher.final()]);
  // The plaintext ends with the last record's delimiter (2), then any zero padding.
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error("no last-record delimiter");
  return padded.subarray(0, end).toString("utf8");
}

/** A self-signed certificate for 127.0.0.1, made with openssl for this run. */
function certificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), "push-stand-in-"));
  try {
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=127.0.0.1",
      ].concat(["-addext", "subjectAltName=IP:127.0.0.1", "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem")]),
      { stdio: "ignore" },
    );
    return { key: readFileSync(join(dir, "key.pem")), cert: readFileSync(join(dir, "cert.pem")) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Starts the stand-in on a free loopback port; this process's https requests trust its certificate from now on. */
export async function startPushStandIn(): Promise<PushStandIn> {
  const tls = certificate();
  // web-push sends through https.request with the global agent: it is told to trust this certificate.
  const trusted = globalAgent.options.ca;
  globalAgent.options.ca = [...[trusted ?? []].flat(), tls.cert];
  const devices = new Map<string, { ecdh: ReturnType<typeof createECDH>; auth: Buffer; status: number }>();
  const received: ReceivedPush[] = [];
  const refused: string[] = [];
  let origin = "";
  const server = createServer(tls, async (req, res) => {
    const body = await readBody(req);
    const endpoint = `${origin}${req.url}`;
    const device = devices.get(endpoint);
    if (req.method !== "POST" || !device) return res.writeHead(404).end();
    try {
      const vapidKey = checkVapid(req.headers.authorization, origin, Date.now());
      if (req.headers["content-encoding"] !== "aes128gcm") throw new Error("not aes128gcm");
      if (!req.headers.ttl) throw new Error("no TTL");
      if (device.status !== 201) return res.writeHead(device.status).end();
      const text = decrypt(body, device);
      received.push({ endpoint, text, ttl: Number(req.headers.ttl), urgency: (req.headers.urgency as string) ?? null, vapidKey });
      res.writeHead(201, { Location: `${endpoint}/messages/${randomBytes(8).toString("hex")}` }).end();
    } catch (e) {
      refused.push((e as Error).message);
      res.writeHead(e instanceof Error && e.message.startsWith("vapid") ? 403 : 400).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    device() {
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      const auth = randomBytes(16);
      const endpoint = `${origin}/push/${randomBytes(12).toString("hex")}`;
      devices.set(endpoint, { ecdh, auth, status: 201 });
      return { endpoint, p256dh: b64u(ecdh.getPublicKey()), auth: b64u(auth) };
    },
    answer(endpoint, status) {
      devices.get(endpoint)!.status = status;
    },
    received,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        globalAgent.options.ca = trusted;
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
