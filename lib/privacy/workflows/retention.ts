import "server-only";
import type { Db } from "@/db/client";
import { applyRetention } from "@/db/queries/privacy";
import { retentionCutoffs } from "@/lib/privacy/retention";

/** The job runner's task: whatever the retention schedule (lib/privacy/retention.ts) says is due goes. */
export async function applyRetentionSchedule(db: Db, now: Date): Promise<number> {
  return db.transaction((tx) => applyRetention(tx, retentionCutoffs(now), now));
}
