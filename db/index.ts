import { env } from "@/lib/env";
import { type Db, type DbHandle, openDb, targetFrom } from "./client";

// The app's one database handle, opened on first use (never at import or during `next build`),
// and kept on globalThis so that hot reloads in development do not open PGlite twice.
const holder = globalThis as unknown as { __otagaiDb?: DbHandle };

export function db(): Db {
  holder.__otagaiDb ??= openDb(targetFrom(env()));
  return holder.__otagaiDb.db;
}

export type { Db } from "./client";
