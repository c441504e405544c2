import "server-only";
import type { Db } from "@/db/client";
import { lockTextsNotUnder, type SealedColumn, setStoredText } from "@/db/queries/care-sealed-texts";
import { type SealedText, sealedUnderCurrent } from "@/lib/care/during/sealed-texts";
import { currentPrefix, type Keyring } from "@/lib/crypto/sealed";

const KINDS: [SealedColumn, SealedText][] = [
  ["napNote", "nap"],
  ["incidentDescription", "incident"],
];

/**
 * Brings nap notes and incident texts under the current key, `batchSize` rows per transaction in id
 * order: plain text written before sealing is sealed (npm run db:setup, npm start); with `reseal`,
 * values under an older key are re-sealed too (npm run keys:rotate). Values already under the
 * current key, and empty ones, are left alone, so running again changes nothing. Returns how many
 * values were written. A sealed value no key of the ring opens stops a re-seal, naming the row.
 */
export async function sealCareTexts(db: Db, keys: Keyring, o: { reseal: boolean; batchSize?: number }): Promise<number> {
  const prefix = currentPrefix(keys);
  const batchSize = o.batchSize ?? 100;
  let written = 0;
  for (const [column, kind] of KINDS) {
    let after: string | null = null;
    while (true) {
      const last: string | null = await db.transaction(async (tx) => {
        const rows = await lockTextsNotUnder(tx, column, prefix, after, batchSize);
        for (const row of rows) {
          let text: string | null;
          try {
            text = sealedUnderCurrent(row.text, kind, row.id, keys, o);
          } catch (e) {
            throw new Error(`the ${kind} text ${row.id} cannot be re-sealed: ${e instanceof Error ? e.message : e}`);
          }
          if (text === null) continue;
          await setStoredText(tx, column, row.id, text);
          written += 1;
        }
        return rows.length < batchSize ? null : rows.at(-1)!.id;
      });
      if (last === null) break;
      after = last;
    }
  }
  return written;
}
