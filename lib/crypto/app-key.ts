import { env } from "@/lib/env";
import { parseKey } from "./sealed";

let cached: Buffer | undefined;

/** The key that seals children's details; scripts/start and scripts/dev provide a local one when none is set. */
export function appKey(): Buffer {
  const base64 = env().ENCRYPTION_KEY;
  if (!base64) throw new Error("ENCRYPTION_KEY is not set");
  cached ??= parseKey(base64);
  return cached;
}
