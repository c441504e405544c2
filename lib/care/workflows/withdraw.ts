import "server-only";
import type { Db } from "@/db/client";
import { setState } from "@/db/queries/care-lock";
import { askedIds } from "@/db/queries/care-recipients";
import { transition } from "@/lib/care";
import { notify } from "@/lib/notify/workflows/notify";
import { closed } from "./refusals";
import { noticeData, withCare } from "./with-care";

/** The parent takes back a request nobody has been chosen for yet; everyone asked is told. */
export async function withdrawCareRequest(db: Db, parentId: string, requestId: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const { request, state } = await withCare(tx, requestId, parentId, ["parent"], now);
    const next = transition(state, { type: "withdraw" }, { actor: "parent", now, start: request.startAt, end: request.endAt });
    if (!next.ok) throw closed();
    await setState(tx, request.id, next.state, now, { closedAt: now });
    const data = await noticeData(tx, request, parentId);
    const asked = await askedIds(tx, request.id);
    await notify(
      tx,
      asked.map((userId) => ({ userId, kind: "care_withdrawn", requestId: request.id, data })),
    );
  });
}
