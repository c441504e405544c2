import { and, asc, eq, gt, isNotNull, ne, notLike } from "drizzle-orm";
import type { Db } from "../client";
import { incidents, napChecks } from "../schema";

// The sealed texts of cares (nap notes, incident descriptions) as stored: this file holds no keys
// and opens nothing; lib/care/workflows/seal-care-texts.ts decides what each value becomes.

export type SealedColumn = "napNote" | "incidentDescription";

const COLUMNS = {
  napNote: { table: napChecks, id: napChecks.id, text: napChecks.note },
  incidentDescription: { table: incidents, id: incidents.id, text: incidents.description },
} as const;

/**
 * The next `limit` rows after `afterId` (in id order) whose text is neither empty nor sealed under the
 * key whose values start with `currentPrefix` (plain text, or an older key), locked until the transaction ends.
 */
export async function lockTextsNotUnder(
  tx: Db,
  column: SealedColumn,
  currentPrefix: string,
  afterId: string | null,
  limit: number,
): Promise<{ id: string; text: string }[]> {
  const c = COLUMNS[column];
  const rows = await tx
    .select({ id: c.id, text: c.text })
    .from(c.table)
    .where(and(isNotNull(c.text), ne(c.text, ""), notLike(c.text, `${currentPrefix}%`), afterId ? gt(c.id, afterId) : undefined))
    .orderBy(asc(c.id))
    .limit(limit)
    .for("update");
  return rows.flatMap((r) => (r.text === null ? [] : [{ id: r.id, text: r.text }]));
}

export async function setStoredText(tx: Db, column: SealedColumn, id: string, text: string): Promise<void> {
  if (column === "napNote") await tx.update(napChecks).set({ note: text }).where(eq(napChecks.id, id));
  else await tx.update(incidents).set({ description: text }).where(eq(incidents.id, id));
}
