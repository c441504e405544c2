import "server-only";
import type { Db } from "@/db/client";
import { type ChildRow, insertChild, lockOwnChild, updateChildRow } from "@/db/queries/children";
import { type ChildInput, healthConsentAt, sealChildDetails } from "@/lib/children";
import { notFound } from "@/lib/errors";

/** What is stored of a child: the details sealed, and when the parent consented to keeping health details. */
function childRow(input: ChildInput, key: Buffer, previousConsent: Date | null, now: Date): ChildRow {
  return {
    name: input.name,
    nameKana: input.nameKana,
    birthDate: input.birthDate,
    detailsEncrypted: sealChildDetails(input.details, key),
    healthConsentAt: healthConsentAt(input.details, input.healthConsent, previousConsent, now),
  };
}

/** Adds a child to the parent's profile; returns its id. */
export async function createChild(db: Db, parentId: string, input: ChildInput, key: Buffer, now: Date): Promise<string> {
  return insertChild(db, parentId, childRow(input, key, null, now), now);
}

/** Replaces one of the parent's children's details; someone else's, a removed or an unknown child is "not found". */
export async function updateChild(db: Db, parentId: string, childId: string, input: ChildInput, key: Buffer, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await lockOwnChild(tx, parentId, childId);
    if (!current) throw notFound();
    await updateChildRow(tx, parentId, childId, childRow(input, key, current.healthConsentAt, now), now);
  });
}
