import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

// AES-256-GCM. A sealed value is "v2:" + key id + ":" + base64(iv ‖ tag ‖ ciphertext), sealed with
// associated data naming what the value is (e.g. "child:<id>:details"): moved to another row or
// field, it no longer opens. The key id picks the key, so that a second key can be added and every
// value re-sealed under it (npm run keys:rotate). GCM's tag means a tampered value fails to open
// instead of decoding junk.
//
// Values sealed before this format ("v1:" + base64, no key id, no associated data) still open, with
// any key of the ring, until a rotation re-seals them.
const VERSION = "v2";
const LEGACY = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SealingKey {
  /** The first 8 hex digits of the key's SHA-256: names the key without revealing it. */
  id: string;
  bytes: Buffer;
}

/** The key that seals (current) and the older ones that still open what they sealed. */
export interface Keyring {
  current: SealingKey;
  previous: readonly SealingKey[];
}

export function keyId(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 8);
}

function parseKey(base64: string): SealingKey {
  const bytes = Buffer.from(base64.trim(), "base64");
  if (bytes.length !== 32) throw new Error("an encryption key must be 32 bytes, base64-encoded");
  return { id: keyId(bytes), bytes };
}

/** A keyring from base64 keys: the current one first, then any previous ones (repeats are dropped). */
export function keyring(current: string, previous: readonly string[] = []): Keyring {
  const head = parseKey(current);
  const seen = new Map([[head.id, head]]);
  for (const key of previous.map(parseKey)) {
    const known = seen.get(key.id);
    if (known && !known.bytes.equals(key.bytes)) throw new Error(`two encryption keys share the id ${key.id}; generate a new key`);
    seen.set(key.id, key);
  }
  return { current: head, previous: [...seen.values()].slice(1) };
}

export function generateKey(): string {
  return randomBytes(32).toString("base64");
}

const allKeys = (keys: Keyring) => [keys.current, ...keys.previous];
const header = (id: string) => `${VERSION}:${id}:`;
const aadBytes = (id: string, aad: string) => Buffer.from(`${header(id)}${aad}`, "utf8");

/** Seals `plaintext` under the current key, bound to `aad` (what the value is, and whose). */
export function seal(plaintext: string, aad: string, keys: Keyring): string {
  const { id, bytes } = keys.current;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", bytes, iv);
  cipher.setAAD(aadBytes(id, aad));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `${header(id)}${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")}`;
}

function decrypt(raw: Buffer, key: Buffer, aad: Buffer | null): string {
  if (raw.length < IV_BYTES + TAG_BYTES) throw new Error("sealed value too short");
  const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, IV_BYTES));
  if (aad) decipher.setAAD(aad);
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
}

/**
 * Opens a sealed value with the key its id names. Throws when no key of the ring has that id, when
 * `aad` is not the one it was sealed with, or when the value was tampered with.
 */
export function open(sealed: string, aad: string, keys: Keyring): string {
  const parts = sealed.split(":");
  if (parts[0] === LEGACY && parts.length === 2) return openLegacy(Buffer.from(parts[1]!, "base64"), keys);
  const [version, id, payload] = parts;
  if (version !== VERSION || parts.length !== 3 || !id || !payload) throw new Error("unknown sealed format");
  const key = allKeys(keys).find((k) => k.id === id);
  if (!key) throw new Error(`no encryption key with id ${id} (add it to ENCRYPTION_KEYS_PREVIOUS)`);
  return decrypt(Buffer.from(payload, "base64"), key.bytes, aadBytes(id, aad));
}

// The old format names no key: the first key whose tag matches is the one.
function openLegacy(raw: Buffer, keys: Keyring): string {
  for (const key of allKeys(keys)) {
    try {
      return decrypt(raw, key.bytes, null);
    } catch {}
  }
  throw new Error("no encryption key opens this value");
}

/** The prefix of every value sealed under the current key (lets a query skip those). */
export function currentPrefix(keys: Keyring): string {
  return header(keys.current.id);
}

/** Opens a value with whichever key sealed it and seals it again under the current key, bound to the same `aad`. */
export function reseal(sealed: string, aad: string, keys: Keyring): string {
  return seal(open(sealed, aad, keys), aad, keys);
}

export function sealJson(value: unknown, aad: string, keys: Keyring): string {
  return seal(JSON.stringify(value), aad, keys);
}

export function openJson<T>(sealed: string, aad: string, keys: Keyring): T {
  return JSON.parse(open(sealed, aad, keys)) as T;
}
