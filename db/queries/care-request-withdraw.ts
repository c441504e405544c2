import { eq } from "drizzle-orm";
import { effectiveState, transition } from "@/lib/care";
import { notFound } from "@/lib/errors";
import type { Db } from "../client";
import { careRecipients, careRequests } from "../schema";
import { closedError } from "./care-request-answer";
import { lockRequest, memberFacts } from "./care-request-parts";
import { notify } from "@/lib/notify/workflows/notify";

/** The parent takes back a request nobody has been chosen for yet; everyone asked is told. */
export async function withdrawCareRequest(db: Db, parentId: string, requestId: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const request = await lockRequest(tx, requestId);
    if (!request || request.parentId !== parentId) throw notFound();
    const ctx = { actor: "parent" as const, now, start: request.startAt, end: request.endAt };
    const step = transition(effectiveState({ state: request.state, ...ctx }, now), { type: "withdraw" }, ctx);
    if (!step.ok) throw closedError();
    await tx.update(careRequests).set({ state: step.state, closedAt: now, updatedAt: now }).where(eq(careRequests.id, request.id));
    const asked = await tx.select({ userId: careRecipients.userId }).from(careRecipients).where(eq(careRecipients.requestId, request.id));
    const parent = await memberFacts(tx, parentId);
    const data = { name: parent?.displayName ?? "", start: request.startAt.toISOString() };
    await notify(tx, asked.map((r) => ({ userId: r.userId, kind: "care_withdrawn", requestId: request.id, data })));
  });
}
