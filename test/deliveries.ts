import type { Db } from "@/db/client";
import { notify } from "@/lib/notify/workflows/notify";
import { member } from "./care-data";

/** `n` notices (and their e-mail deliveries) spread over a few fresh members; returns the members. */
export async function enqueueNotices(db: Db, n: number, members = 10): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < members; i++) ids.push(await member(db, "通知"));
  const notices = Array.from({ length: n }, (_, i) => ({
    userId: ids[i % members]!,
    kind: "care_solved",
    data: { start: new Date(Date.UTC(2026, 10, 25, 8, i % 60)).toISOString() },
  }));
  for (let i = 0; i < n; i += 500) await db.transaction((tx) => notify(tx, notices.slice(i, i + 500)));
  return ids;
}
