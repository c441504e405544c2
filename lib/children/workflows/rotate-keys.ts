import "server-only";
import type { Db } from "@/db/client";
import { countSealedNotUnder, lockSealedNotUnder, setSealedDetails } from "@/db/queries/children";
import { resealChildDetails } from "@/lib/children";
import { currentPrefix, type Keyring } from "@/lib/crypto/sealed";

export interface RotationProgress {
  /** Children re-sealed so far by this run. */
  resealed: number;
  /** Children not under the current key when this run started. */
  total: number;
  batches: number;
  /** False when the run stopped at `maxBatches` with rows left. */
  done: boolean;
}

/**
 * Re-seals every child's details that are not under the current key (sealed under a previous key,
 * or in the old format), `batchSize` children per transaction in id order. Each batch commits on
 * its own, so a crash leaves every row either as it was or re-sealed, both readable with the ring;
 * running again skips what is done and finishes. A value no key of the ring opens stops the run,
 * naming the child's id: the missing key belongs in ENCRYPTION_KEYS_PREVIOUS.
 */
export async function rotateKeys(
  db: Db,
  keys: Keyring,
  o: { batchSize?: number; maxBatches?: number; onBatch?: (p: RotationProgress) => void } = {},
): Promise<RotationProgress> {
  const prefix = currentPrefix(keys);
  const batchSize = o.batchSize ?? 100;
  const progress: RotationProgress = { resealed: 0, total: await countSealedNotUnder(db, prefix), batches: 0, done: false };
  let after: string | null = null;
  while (o.maxBatches === undefined || progress.batches < o.maxBatches) {
    const last: string | null = await db.transaction(async (tx) => {
      const rows = await lockSealedNotUnder(tx, prefix, after, batchSize);
      for (const row of rows) {
        let sealed: string;
        try {
          sealed = resealChildDetails(row.sealed, row.id, keys);
        } catch (e) {
          throw new Error(`the details of child ${row.id} cannot be re-sealed: ${e instanceof Error ? e.message : e}`);
        }
        await setSealedDetails(tx, row.id, sealed);
      }
      progress.resealed += rows.length;
      return rows.length < batchSize ? null : rows.at(-1)!.id;
    });
    progress.batches += 1;
    if (last === null) {
      progress.done = true;
      o.onBatch?.(progress);
      break;
    }
    after = last;
    o.onBatch?.(progress);
  }
  return progress;
}
