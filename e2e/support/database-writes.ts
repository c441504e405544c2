import { sql } from "drizzle-orm";
import type { DbHandle } from "@/db/client";

type Db = DbHandle["db"];

/**
 * Attempt bookkeeping (written even when a call is refused), sessions, the statistics summaries
 * the refresh job rewrites on its own, and the job runner's schedules and deliveries (the worker
 * moves them along at any moment; a delivery is only ever enqueued with a notification, which is
 * watched): none of them is state a refused call or a GET may not touch.
 */
const NOT_STATE = (table: string) =>
  ["rate_limits", "sessions", "job_schedules", "deliveries"].includes(table) || table.startsWith("stats_");

const LOG = "e2e_writes";

/**
 * Which tables each call wrote, for the tests that check "nothing changed" around thousands of calls.
 * Row triggers on every table of the e2e database log the table of each row inserted, deleted or
 * really updated (an update that leaves the row as it was is no write), and truncates; reading the
 * log costs one small query, where a digest of every row of every table cost more than the call it
 * watched. The triggers live only in the e2e database, which is dropped after the run.
 */
export type DatabaseWrites = {
  /** The tables written since the previous call (or since the log was started), each once. */
  since(): Promise<string[]>;
};

export async function watchWrites(db: Db): Promise<DatabaseWrites> {
  await db.execute(sql.raw(`create table if not exists ${LOG} (id bigserial primary key, table_name text not null)`));
  await db.execute(
    sql.raw(`create or replace function ${LOG}_log() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and new::text is not distinct from old::text then return null; end if;
  insert into ${LOG} (table_name) values (tg_table_name);
  return null;
end $$`),
  );
  const tables = (await db.execute(
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  )) as unknown as { name: string }[];
  for (const { name } of tables) {
    if (name === LOG || NOT_STATE(name)) continue;
    // Each test of a file starts the log; the later ones find the triggers there.
    for (const statement of [
      `drop trigger if exists ${LOG}_row on "${name}"`,
      `create trigger ${LOG}_row after insert or update or delete on "${name}" for each row execute function ${LOG}_log()`,
      `drop trigger if exists ${LOG}_truncate on "${name}"`,
      `create trigger ${LOG}_truncate after truncate on "${name}" for each statement execute function ${LOG}_log()`,
    ])
      await db.execute(sql.raw(statement));
  }
  let last = await lastId(db);
  return {
    async since() {
      const rows = (await db.execute(sql`select id::text, table_name from ${sql.raw(LOG)} where id > ${last} order by id`)) as unknown as {
        id: string;
        table_name: string;
      }[];
      if (rows.length) last = rows.at(-1)!.id;
      return [...new Set(rows.map((r) => r.table_name))];
    },
  };
}

async function lastId(db: Db): Promise<string> {
  const [row] = (await db.execute(sql.raw(`select coalesce(max(id), 0)::text as id from ${LOG}`))) as unknown as { id: string }[];
  return row!.id;
}
