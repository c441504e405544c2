import { openText, type SealedText, sealText } from "@/lib/care/during/sealed-texts";
import type { Keyring } from "@/lib/crypto/sealed";
import { scrubText } from "./scrub";

/**
 * A sealed care text (nap note, incident description) with the needles cut out: a search of the
 * stored value cannot find a name inside a sealed one, so it is opened, scrubbed and sealed again.
 * Null when nothing needed cutting (the stored value stays as it is).
 */
export function scrubSealedText(stored: string, kind: SealedText, id: string, needles: readonly string[], keys: Keyring): string | null {
  const text = openText(stored, kind, id, keys);
  const scrubbed = scrubText(text, needles);
  return scrubbed === text ? null : sealText(scrubbed, kind, id, keys);
}
