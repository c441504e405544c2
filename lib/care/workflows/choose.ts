import "server-only";
import type { Db } from "@/db/client";
import { usableConnection } from "@/db/queries/care-audience";
import { setState } from "@/db/queries/care-lock";
import { memberFacts } from "@/db/queries/care-members";
import { askedIds, recipientRow } from "@/db/queries/care-recipients";
import { requestChildren } from "@/db/queries/care-request-children";
import { transition } from "@/lib/care";
import { insuranceFactsAtMatch } from "@/lib/care/choose/insurance-facts";
import { childProblemOn } from "@/lib/care/post/children";
import { haveMet } from "@/lib/connections/met";
import { AppError, notFound } from "@/lib/errors";
import { buildInsuranceSnapshot } from "@/lib/insurance";
import { notify } from "@/lib/notify/workflows/notify";
import { closed, notOffered } from "./refusals";
import { withCare } from "./with-care";

export type ChooseOptions = { parentId: string; requestId: string; helperId: string; now: Date; adultAge: number };

const unavailable = () => new AppError("conflict", { key: "care.helper_unavailable" });

/**
 * The parent chooses one helper among those who said OK. Atomic: the request row is locked,
 * the state checked against the clock and the rules, and the match, the insurance decision
 * (with a snapshot of the facts, read here) and the notifications are written together. The
 * helper is told they were chosen; every other recipient only that it was solved.
 */
export async function chooseHelper(db: Db, o: ChooseOptions): Promise<{ insured: boolean }> {
  return db.transaction(async (tx) => {
    const { request, state } = await withCare(tx, o.requestId, o.parentId, ["parent"], o.now);
    const offer = await recipientRow(tx, request.id, o.helperId);
    if (!offer) throw notFound();
    const next = transition(state, { type: "choose" }, { actor: "parent", now: o.now, start: request.startAt, end: request.endAt });
    if (!next.ok) throw next.error === "no_offers" ? notOffered() : closed();
    if (offer.response !== "ok") throw notOffered();

    const [parent, helper] = [await memberFacts(tx, o.parentId), await memberFacts(tx, o.helperId)];
    if (!parent || !helper || helper.status !== "active") throw unavailable();
    const connection = await usableConnection(tx, o.parentId, o.helperId);
    if (!connection) throw unavailable();
    if (!haveMet(connection)) throw new AppError("conflict", { key: "care.not_met", values: { name: helper.displayName } });
    const kids = await requestChildren(tx, request.id);
    const problem = childProblemOn(kids, request.startAt);
    if (problem) throw new AppError("conflict", { key: `care.${problem.reason}`, values: { name: problem.name, age: problem.ageYears } });

    const snapshot = buildInsuranceSnapshot(
      insuranceFactsAtMatch({ matchedAt: o.now, request, parent, helper, children: kids, connected: true, adultAge: o.adultAge }),
    );
    const insured = snapshot.decision.insured;
    await setState(tx, request.id, next.state, o.now, { helperId: o.helperId, matchedAt: o.now, insured, insuranceSnapshot: snapshot });

    const others = (await askedIds(tx, request.id)).filter((userId) => userId !== o.helperId);
    const start = request.startAt.toISOString();
    await notify(tx, [
      { userId: o.helperId, kind: "care_chosen", requestId: request.id, data: { name: parent.displayName, start } },
      ...others.map((userId) => ({ userId, kind: "care_solved", requestId: request.id, data: { start } })),
    ]);
    return { insured };
  });
}
