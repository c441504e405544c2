import { and, eq, ne } from "drizzle-orm";
import { effectiveState, transition } from "@/lib/care";
import { AppError, notFound } from "@/lib/errors";
import { type AnswerInput, needsRoute } from "@/lib/care/post/schema";
import { childSeatNeeded } from "@/lib/care/post/children";
import { isOpenState } from "@/lib/care";
import type { Db } from "../client";
import { careRecipients, careRequests } from "../schema";
import { loadRulebook } from "./care-rulebooks";
import { lockRequest, memberFacts, recipientRow, requestChildren, usableConnection } from "./care-request-parts";
import { notify } from "@/lib/notify/workflows/notify";

export const closedError = () => new AppError("conflict", { key: "care.closed" });

/**
 * A recipient's OK (an offer) or decline. The request row is locked first, so an OK that
 * arrives after the parent chose someone is refused, never recorded. A recipient who is no
 * longer a connection, or anyone who was not asked, gets "not found".
 */
export async function answerCareRequest(db: Db, viewerId: string, input: AnswerInput, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const request = await lockRequest(tx, input.requestId);
    const mine = request && request.parentId !== viewerId ? await recipientRow(tx, request.id, viewerId) : null;
    if (!request || !mine || !(await usableConnection(tx, request.parentId, viewerId))) throw notFound();
    const timing = { state: request.state, start: request.startAt, end: request.endAt };
    const state = effectiveState(timing, now);
    if (input.answer === "ok") {
      const step = transition(state, { type: "offer" }, { actor: "recipient", now, start: timing.start, end: timing.end });
      if (!step.ok) throw closedError();
      await checkOffer(tx, request, input);
      await tx
        .update(careRecipients)
        .set({ response: "ok", message: input.message, waived: input.waived, sheetReadAt: now, childSeatConfirmed: input.childSeat && needsRoute(request.kind), respondedAt: now })
        .where(and(eq(careRecipients.requestId, request.id), eq(careRecipients.userId, viewerId)));
      await tx.update(careRequests).set({ state: step.state, updatedAt: now }).where(eq(careRequests.id, request.id));
      if (mine.response !== "ok") await tellParent(tx, request, viewerId, "care_offer_received");
      return;
    }
    if (!isOpenState(state)) throw closedError();
    await tx
      .update(careRecipients)
      .set({ response: "declined", message: null, waived: false, childSeatConfirmed: false, respondedAt: now })
      .where(and(eq(careRecipients.requestId, request.id), eq(careRecipients.userId, viewerId)));
    if (mine.response === "ok") {
      // Taking back the only offer leaves the request open again.
      const others = await tx
        .select({ id: careRecipients.userId })
        .from(careRecipients)
        .where(and(eq(careRecipients.requestId, request.id), eq(careRecipients.response, "ok"), ne(careRecipients.userId, viewerId)))
        .limit(1);
      if (others.length === 0) await tx.update(careRequests).set({ state: "open", updatedAt: now }).where(eq(careRequests.id, request.id));
      await tellParent(tx, request, viewerId, "care_offer_withdrawn");
    }
  });
}

type Request = NonNullable<Awaited<ReturnType<typeof lockRequest>>>;

async function checkOffer(tx: Db, request: Request, input: AnswerInput) {
  if (!input.childSeat && childSeatNeeded(request.kind, await requestChildren(tx, request.id), request.startAt)) {
    throw new AppError("invalid_input", { key: "field.care_child_seat_required", field: "childSeat" });
  }
  if (input.waived && !(await loadRulebook(tx, request.rulebookKey)).waiverAllowed) {
    throw new AppError("invalid_input", { key: "field.care_waiver_not_allowed", field: "waived" });
  }
}

async function tellParent(tx: Db, request: Request, helperId: string, kind: string) {
  const helper = await memberFacts(tx, helperId);
  const data = { name: helper?.displayName ?? "", start: request.startAt.toISOString() };
  await notify(tx, { userId: request.parentId, kind, requestId: request.id, data });
}
