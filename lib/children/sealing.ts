import { z } from "zod";
import { type Keyring, openJson, reseal, sealJson } from "@/lib/crypto/sealed";
import { type ChildDetails, emptyDetails } from "./details";

// The sealed document carries a version, and every field has a default, so that details sealed
// before a field was added still open.
const VERSION = 1;
const text = z.string().catch("");
const stored = z.object({
  v: z.literal(VERSION).catch(VERSION),
  allergies: text,
  medication: text,
  healthNotes: text,
  foodHabits: text,
  sleepHabits: text,
  mayNotEat: text,
  childSeatWanted: z.boolean().catch(false),
  emergencyContacts: z.array(z.object({ name: text, relation: text, phone: text })).catch([]),
  collectors: z.array(z.object({ name: text, relation: text, phone: z.string().nullable().catch(null) })).catch([]),
});

// Bound to the child and the field: a value copied onto another child, or into another field, does not open.
const aad = (childId: string) => `child:${childId}:details`;

export function sealChildDetails(details: ChildDetails, childId: string, keys: Keyring): string {
  return sealJson({ v: VERSION, ...details }, aad(childId), keys);
}

/** The details of a child; a removed child (null) has none. Throws if the value was tampered with or belongs to another child. */
export function openChildDetails(sealed: string | null, childId: string, keys: Keyring): ChildDetails {
  if (sealed === null) return emptyDetails();
  const { v: _version, ...details } = stored.parse(openJson<unknown>(sealed, aad(childId), keys));
  return details;
}

/** The same details sealed again under the current key (key rotation); throws as openChildDetails does. */
export function resealChildDetails(sealed: string, childId: string, keys: Keyring): string {
  return reseal(sealed, aad(childId), keys);
}
