import "server-only";
import type { Db } from "@/db/client";
import type { CareRequestRow } from "@/db/queries/care-access";
import { usableConnection } from "@/db/queries/care-audience";
import { setState } from "@/db/queries/care-lock";
import { memberFacts } from "@/db/queries/care-members";
import { recordOfferEvent } from "@/db/queries/care-offer-events";
import { otherOfferExists, recipientRow, saveDecline, saveOffer } from "@/db/queries/care-recipients";
import { requestChildren } from "@/db/queries/care-request-children";
import { loadRulebook } from "@/db/queries/care-rulebooks";
import { isOpenState, transition } from "@/lib/care";
import { childSeatNeeded } from "@/lib/care/post/children";
import { type AnswerInput, needsRoute } from "@/lib/care/post/schema";
import { AppError, notFound } from "@/lib/errors";
import { canHelp } from "@/lib/members/capabilities";
import { notify } from "@/lib/notify/workflows/notify";
import { closed } from "./refusals";
import { noticeData, withCare } from "./with-care";

// The chosen helper was asked too: an answer from them after the match is "closed", not "not found".
const ASKED = ["recipient", "helper"] as const;

/**
 * A recipient's OK (an offer) or decline. The request row is locked first, so an OK that
 * arrives after the parent chose someone is refused, never recorded. A recipient who is no
 * longer a connection, or anyone who was not asked, gets "not found".
 */
export async function answerCareRequest(db: Db, viewerId: string, input: AnswerInput, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const { request, state } = await withCare(tx, input.requestId, viewerId, ASKED, now);
    const mine = await recipientRow(tx, request.id, viewerId);
    if (!mine || !(await usableConnection(tx, request.parentId, viewerId))) throw notFound();

    if (input.answer === "ok") {
      // Asked while a supporter, since given it up: a decline is still welcome, an OK is not.
      const me = await memberFacts(tx, viewerId);
      if (!me || !canHelp(me.capabilities)) throw new AppError("conflict", { key: "care.not_supporter" });
      const next = transition(state, { type: "offer" }, { actor: "recipient", now, start: request.startAt, end: request.endAt });
      if (!next.ok) throw closed();
      await checkOffer(tx, request, input);
      const childSeatConfirmed = input.childSeat && needsRoute(request.kind);
      await saveOffer(tx, request.id, viewerId, { message: input.message, waived: input.waived, childSeatConfirmed }, now);
      await setState(tx, request.id, next.state, now);
      if (mine.response === "ok") return;
      await recordOfferEvent(tx, request.id, viewerId, "offered", now);
      await tellParent(tx, request, viewerId, "care_offer_received");
      return;
    }

    if (!isOpenState(state)) throw closed();
    await saveDecline(tx, request.id, viewerId, now);
    if (mine.response !== "ok") return;
    // The statistics keep that an OK was offered (see lib/stats), whatever the request's state becomes.
    await recordOfferEvent(tx, request.id, viewerId, "withdrawn", now);
    // Taking back the only offer leaves the request open again.
    if (!(await otherOfferExists(tx, request.id, viewerId))) await setState(tx, request.id, "open", now);
    await tellParent(tx, request, viewerId, "care_offer_withdrawn");
  });
}

async function checkOffer(tx: Db, request: CareRequestRow, input: AnswerInput) {
  if (!input.childSeat && childSeatNeeded(request.kind, await requestChildren(tx, request.id), request.startAt)) {
    throw new AppError("invalid_input", { key: "field.care_child_seat_required", field: "childSeat" });
  }
  if (input.waived && !(await loadRulebook(tx, request.rulebookKey, request.rulebookVersion)).waiverAllowed) {
    throw new AppError("invalid_input", { key: "field.care_waiver_not_allowed", field: "waived" });
  }
}

async function tellParent(tx: Db, request: CareRequestRow, helperId: string, kind: string) {
  await notify(tx, { userId: request.parentId, kind, requestId: request.id, data: await noticeData(tx, request, helperId) });
}
