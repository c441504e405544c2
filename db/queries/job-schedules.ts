import { and, eq, isNull, lte, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { jobSchedules } from "../schema";

/** Makes sure each recurring task has its row (a new one is due at once). */
export async function ensureSchedules(db: Db, names: readonly string[], now: Date): Promise<void> {
  if (names.length === 0) return;
  await db
    .insert(jobSchedules)
    .values(names.map((name) => ({ name, nextRunAt: now })))
    .onConflictDoNothing({ target: jobSchedules.name });
}

/** The tasks due and not held by a runner now: the only ones worth trying to claim. */
export async function dueScheduleNames(db: Db, now: Date): Promise<string[]> {
  const rows = await db
    .select({ name: jobSchedules.name })
    .from(jobSchedules)
    .where(and(lte(jobSchedules.nextRunAt, now), or(isNull(jobSchedules.lockedUntil), lte(jobSchedules.lockedUntil, now))));
  return rows.map((r) => r.name);
}

/**
 * Claims a due task for `leaseMs` and moves its next run `everyMs` ahead: true for exactly one
 * runner at a time (SKIP LOCKED; a runner that died gives it back when its lease ends).
 */
export async function claimSchedule(db: Db, name: string, now: Date, everyMs: number, leaseMs: number): Promise<boolean> {
  const result = await db.execute(sql`
    update ${jobSchedules}
    set next_run_at = ${new Date(now.getTime() + everyMs).toISOString()}, locked_until = ${new Date(now.getTime() + leaseMs).toISOString()}
    where ${jobSchedules.name} = (
      select ${jobSchedules.name} from ${jobSchedules}
      where ${jobSchedules.name} = ${name} and ${jobSchedules.nextRunAt} <= ${now.toISOString()}
        and (${jobSchedules.lockedUntil} is null or ${jobSchedules.lockedUntil} <= ${now.toISOString()})
      for update skip locked
    )
    returning ${jobSchedules.name}`);
  const rows = Array.isArray(result) ? result : ((result as { rows: unknown[] }).rows ?? []);
  return rows.length > 0;
}

export async function finishSchedule(db: Db, name: string, now: Date, error: string | null): Promise<void> {
  await db.update(jobSchedules).set({ lockedUntil: null, lastRunAt: now, lastError: error }).where(eq(jobSchedules.name, name));
}
