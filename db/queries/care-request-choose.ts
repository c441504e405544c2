import { and, eq, ne } from "drizzle-orm";
import { effectiveState, transition } from "@/lib/care";
import { haveMet } from "@/lib/connections/met";
import { AppError, notFound } from "@/lib/errors";
import { buildInsuranceSnapshot } from "@/lib/insurance";
import { childProblemOn } from "@/lib/care/post/children";
import { insuranceFactsAtMatch } from "@/lib/care/choose/insurance-facts";
import type { Db } from "../client";
import { careRecipients, careRequests } from "../schema";
import { closedError } from "./care-request-answer";
import { lockRequest, memberFacts, recipientRow, requestChildren, usableConnection } from "./care-request-parts";
import { notify } from "@/lib/notify/workflows/notify";

export type ChooseOptions = { parentId: string; requestId: string; helperId: string; now: Date; adultAge: number };

/**
 * The parent chooses one helper among those who said OK. Atomic: the request row is locked,
 * the state checked against the clock and the rules, and the match, the insurance decision
 * (with a snapshot of the facts, read here) and the notifications are written together. The
 * helper is told they were chosen; every other recipient only that it was solved.
 */
export async function chooseHelper(db: Db, o: ChooseOptions): Promise<{ insured: boolean }> {
  return db.transaction(async (tx) => {
    const request = await lockRequest(tx, o.requestId);
    if (!request || request.parentId !== o.parentId) throw notFound();
    const offer = await recipientRow(tx, request.id, o.helperId);
    if (!offer) throw notFound();
    const ctx = { actor: "parent" as const, now: o.now, start: request.startAt, end: request.endAt };
    const step = transition(effectiveState({ state: request.state, ...ctx }, o.now), { type: "choose" }, ctx);
    if (!step.ok) throw step.error === "no_offers" ? new AppError("conflict", { key: "care.not_offered" }) : closedError();
    if (offer.response !== "ok") throw new AppError("conflict", { key: "care.not_offered" });

    const [parent, helper] = [await memberFacts(tx, o.parentId), await memberFacts(tx, o.helperId)];
    if (!parent || !helper || helper.status !== "active") throw new AppError("conflict", { key: "care.helper_unavailable" });
    const connection = await usableConnection(tx, o.parentId, o.helperId);
    if (!connection) throw new AppError("conflict", { key: "care.helper_unavailable" });
    if (!haveMet(connection)) throw new AppError("conflict", { key: "care.not_met", values: { name: helper.displayName } });
    const kids = await requestChildren(tx, request.id);
    const problem = childProblemOn(kids, request.startAt);
    if (problem) throw new AppError("conflict", { key: `care.${problem.reason}`, values: { name: problem.name, age: problem.ageYears } });

    const snapshot = buildInsuranceSnapshot(
      insuranceFactsAtMatch({ matchedAt: o.now, request, parent, helper, children: kids, connected: true, adultAge: o.adultAge }),
    );
    const insured = snapshot.decision.insured;
    await tx
      .update(careRequests)
      .set({ state: step.state, helperId: o.helperId, matchedAt: o.now, insured, insuranceSnapshot: snapshot, updatedAt: o.now })
      .where(eq(careRequests.id, request.id));

    const others = await tx
      .select({ userId: careRecipients.userId })
      .from(careRecipients)
      .where(and(eq(careRecipients.requestId, request.id), ne(careRecipients.userId, o.helperId)));
    const start = request.startAt.toISOString();
    await notify(tx, [
      { userId: o.helperId, kind: "care_chosen", requestId: request.id, data: { name: parent.displayName, start } },
      ...others.map((r) => ({ userId: r.userId, kind: "care_solved", requestId: request.id, data: { start } })),
    ]);
    return { insured };
  });
}
