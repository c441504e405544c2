import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { type ChildRow, insertChild, lockOwnChild, updateChildRow } from "@/db/queries/children";
import { type ChildInput, healthConsentAt, sealChildDetails } from "@/lib/children";
import type { Keyring } from "@/lib/crypto/sealed";
import { notFound } from "@/lib/errors";

/** What is stored of a child: the details sealed to this child, and when the parent consented to keeping health details. */
function childRow(childId: string, input: ChildInput, key: Keyring, previousConsent: Date | null, now: Date): ChildRow {
  return {
    name: input.name,
    nameKana: input.nameKana,
    birthDate: input.birthDate,
    detailsEncrypted: sealChildDetails(input.details, childId, key),
    healthConsentAt: healthConsentAt(input.details, input.healthConsent, previousConsent, now),
  };
}

/** Adds a child to the parent's profile; returns its id (chosen here, since the details are sealed to it). */
export async function createChild(db: Db, parentId: string, input: ChildInput, key: Keyring, now: Date): Promise<string> {
  const id = randomUUID();
  return insertChild(db, parentId, { id, ...childRow(id, input, key, null, now) }, now);
}

/** Replaces one of the parent's children's details; someone else's, a removed or an unknown child is "not found". */
export async function updateChild(db: Db, parentId: string, childId: string, input: ChildInput, key: Keyring, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await lockOwnChild(tx, parentId, childId);
    if (!current) throw notFound();
    await updateChildRow(tx, parentId, childId, childRow(childId, input, key, current.healthConsentAt, now), now);
  });
}
