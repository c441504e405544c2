import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

// AES-256-GCM. A sealed value is "v1:" + base64(iv ‖ tag ‖ ciphertext); the version leaves room
// for rotating keys later. GCM's tag means a tampered value fails to open instead of decoding junk.
const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function parseKey(base64: string): Buffer {
  const key = Buffer.from(base64, "base64");
  if (key.length !== 32) throw new Error("ENCRYPTION_KEY must be 32 bytes, base64-encoded");
  return key;
}

export function generateKey(): string {
  return randomBytes(32).toString("base64");
}

export function seal(plaintext: string, key: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")}`;
}

export function open(sealed: string, key: Buffer): string {
  const [version, payload] = sealed.split(":");
  if (version !== VERSION || !payload) throw new Error("unknown sealed format");
  const raw = Buffer.from(payload, "base64");
  const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, IV_BYTES));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
}

export function sealJson(value: unknown, key: Buffer): string {
  return seal(JSON.stringify(value), key);
}

export function openJson<T>(sealed: string, key: Buffer): T {
  return JSON.parse(open(sealed, key)) as T;
}
