import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import webpush from "web-push";
import { keysOf } from "@/lib/crypto/app-key";
import type { Keyring } from "@/lib/crypto/sealed";
import type { Env } from "@/lib/env";

// Secrets kept beside the embedded database (`.data/`), generated once, so that nothing needs
// setting up locally and `npm run dev`, `npm start`, `npm run db:seed` all use the same ones.
function localFile(settings: Env, name: string, bytes: number): string {
  const file = `${dirname(settings.PGLITE_DIR)}/${name}`;
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(bytes).toString("base64");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** AUTH_SECRET and ENCRYPTION_KEY: the configured ones, else local ones; and the web push keys (localVapid). */
export function localSecrets(settings: Env): {
  AUTH_SECRET: string;
  ENCRYPTION_KEY: string;
  VAPID_PUBLIC_KEY?: string;
  VAPID_PRIVATE_KEY?: string;
} {
  return {
    AUTH_SECRET: settings.AUTH_SECRET ?? localFile(settings, "auth-secret", 33),
    ENCRYPTION_KEY: localEncryptionKey(settings),
    ...localVapid(settings),
  };
}

/**
 * The web push key pair: the configured one; outside production, else a local one kept in
 * `.data/vapid-keys.json` (a subscription is tied to the public key, so it must not change between
 * runs). Production without keys has push off.
 */
export function localVapid(settings: Env): { VAPID_PUBLIC_KEY?: string; VAPID_PRIVATE_KEY?: string } {
  if (settings.VAPID_PUBLIC_KEY || settings.NODE_ENV === "production") return {};
  const file = `${dirname(settings.PGLITE_DIR)}/vapid-keys.json`;
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(webpush.generateVAPIDKeys())}\n`, { mode: 0o600 });
  }
  const keys = JSON.parse(readFileSync(file, "utf8")) as { publicKey: string; privateKey: string };
  return { VAPID_PUBLIC_KEY: keys.publicKey, VAPID_PRIVATE_KEY: keys.privateKey };
}

/** The key that seals children's details: ENCRYPTION_KEY, else the local one. */
export function localEncryptionKey(settings: Env): string {
  return settings.ENCRYPTION_KEY ?? localFile(settings, "encryption-key", 32);
}

/** The keys the scripts seal and open with: the local or configured key, and any previous ones. */
export function localKeys(settings: Env): Keyring {
  return keysOf({ ...settings, ENCRYPTION_KEY: localEncryptionKey(settings) });
}
