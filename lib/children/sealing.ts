import { z } from "zod";
import { openJson, sealJson } from "@/lib/crypto/sealed";
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

export function sealChildDetails(details: ChildDetails, key: Buffer): string {
  return sealJson({ v: VERSION, ...details }, key);
}

/** The details of a child; a removed child (null) has none. Throws if the value was tampered with. */
export function openChildDetails(sealed: string | null, key: Buffer): ChildDetails {
  if (sealed === null) return emptyDetails();
  const { v: _version, ...details } = stored.parse(openJson<unknown>(sealed, key));
  return details;
}
