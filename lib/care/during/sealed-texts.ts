import { currentPrefix, type Keyring, open, reseal, seal } from "@/lib/crypto/sealed";

// Nap-check notes and incident texts describe children's health: sealed at rest like children's
// details (lib/crypto/sealed.ts), each bound to its row and field. Rows written before sealing hold
// plain text and read as it until the data step (lib/care/workflows/seal-care-texts.ts) seals them.
// Empty stays empty: the retention task erases an incident's text by setting it to "".

export type SealedText = "nap" | "incident";

const FIELD: Record<SealedText, string> = { nap: "note", incident: "description" };

/** What the value is and whose: a value copied onto another row or field does not open. */
export const sealedTextAad = (kind: SealedText, id: string) => `${kind}:${id}:${FIELD[kind]}`;

// Exactly the shapes lib/crypto/sealed.ts writes ("v2:<key id>:<base64>", or the older "v1:<base64>").
const SEALED_SHAPE = /^(v2:[0-9a-f]{8}:|v1:)[A-Za-z0-9+/]+={0,2}$/;

/** Whether a stored value is sealed, rather than plain text from before sealing. */
export function isSealedText(stored: string): boolean {
  return SEALED_SHAPE.test(stored);
}

/** The text sealed for its row; "" and null are kept as they are (nothing to hide). */
export function sealText<T extends string | null>(plain: T, kind: SealedText, id: string, keys: Keyring): T {
  if (plain === null || plain === "") return plain;
  return seal(plain, sealedTextAad(kind, id), keys) as T;
}

/** The stored value as text: opened when sealed (throws if tampered with or moved), as it is when plain. */
export function openText<T extends string | null>(stored: T, kind: SealedText, id: string, keys: Keyring): T {
  if (stored === null || !isSealedText(stored)) return stored;
  return open(stored, sealedTextAad(kind, id), keys) as T;
}

/**
 * The value as it should be stored under the current key: plain text sealed, a value under an older
 * key re-sealed (only when `reseal` is asked: the keys:rotate run), null when nothing needs writing.
 */
export function sealedUnderCurrent(stored: string, kind: SealedText, id: string, keys: Keyring, o: { reseal: boolean }): string | null {
  if (stored === "" || stored.startsWith(currentPrefix(keys))) return null;
  if (!isSealedText(stored)) return seal(stored, sealedTextAad(kind, id), keys);
  return o.reseal ? reseal(stored, sealedTextAad(kind, id), keys) : null;
}

/**
 * Rows of the nap log with their notes opened. `keys` is asked for only when there is a row (a page
 * passes appKey): a care with no nap log needs no key to be shown.
 */
export function openNapNotes<T extends { id: string; note: string | null }>(rows: readonly T[], keys: () => Keyring): T[] {
  if (rows.length === 0) return [];
  const ring = keys();
  return rows.map((r) => ({ ...r, note: openText(r.note, "nap", r.id, ring) }));
}

/** Incidents with their descriptions opened; `keys` as for openNapNotes. */
export function openIncidentTexts<T extends { id: string; description: string }>(rows: readonly T[], keys: () => Keyring): T[] {
  if (rows.length === 0) return [];
  const ring = keys();
  return rows.map((r) => ({ ...r, description: openText(r.description, "incident", r.id, ring) }));
}
