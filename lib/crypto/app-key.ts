import { type Env, env } from "@/lib/env";
import { type Keyring, keyring } from "./sealed";

let cached: Keyring | undefined;

/** The keys of the settings: ENCRYPTION_KEY seals, ENCRYPTION_KEYS_PREVIOUS still open what they sealed. */
export function keysOf(settings: Pick<Env, "ENCRYPTION_KEY" | "ENCRYPTION_KEYS_PREVIOUS">): Keyring {
  if (!settings.ENCRYPTION_KEY) throw new Error("ENCRYPTION_KEY is not set");
  return keyring(settings.ENCRYPTION_KEY, settings.ENCRYPTION_KEYS_PREVIOUS ?? []);
}

/** The keys that seal and open children's details; scripts/start and scripts/dev provide a local one when none is set. */
export function appKey(): Keyring {
  cached ??= keysOf(env());
  return cached;
}
