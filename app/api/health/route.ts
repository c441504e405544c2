import { sql } from "drizzle-orm";
import { db } from "@/db";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

/** For load balancers: 200 when the database answers, 503 otherwise. */
export async function GET() {
  const database = env().DATABASE_URL ? "postgresql" : "pglite";
  try {
    await db().execute(sql`select 1`);
    return Response.json({ ok: true, database });
  } catch {
    return Response.json({ ok: false, database }, { status: 503 });
  }
}
