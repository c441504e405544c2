import { alias } from "drizzle-orm/pg-core";
import { and, asc, eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { Db } from "../client";
import { careReports, careRequests, members } from "../schema";
import { freezeCompletion } from "./care-completion";
import { setState } from "./care-lock";
import { noticeData, step, withCare } from "@/lib/care/workflows/with-care";
import { notify } from "@/lib/notify/workflows/notify";

const parent = alias(members, "parent");
const helper = alias(members, "helper");

// What an admin needs to decide a dispute: who, when, what was reported and why it was
// disputed. Never the children's details: the dispute is about times and money.
const disputeColumns = {
  requestId: careRequests.id,
  kind: careRequests.kind,
  startAt: careRequests.startAt,
  endAt: careRequests.endAt,
  parentId: careRequests.parentId,
  helperId: careRequests.helperId,
  parentName: parent.displayName,
  helperName: helper.displayName,
  actualStartAt: careReports.actualStartAt,
  actualEndAt: careReports.actualEndAt,
  expenses: careReports.expenses,
  reportedAt: careReports.reportedAt,
  disputedAt: careReports.disputedAt,
  disputeReason: careReports.disputeReason,
};

function disputes(db: Db) {
  return db
    .select(disputeColumns)
    .from(careRequests)
    .innerJoin(careReports, eq(careReports.requestId, careRequests.id))
    .innerJoin(parent, eq(parent.userId, careRequests.parentId))
    .innerJoin(helper, eq(helper.userId, careRequests.helperId));
}

export type DisputeRow = Awaited<ReturnType<typeof listDisputes>>[number];

/** Disputed cares waiting for an admin, oldest dispute first. The caller has checked the admin capability. */
export async function listDisputes(db: Db) {
  return disputes(db).where(eq(careRequests.state, "disputed")).orderBy(asc(careReports.disputedAt));
}

/** A dispute still waiting for an admin, or null. */
export async function findDispute(db: Db, requestId: string): Promise<DisputeRow | null> {
  const [row] = await disputes(db).where(and(eq(careRequests.id, requestId), eq(careRequests.state, "disputed")));
  return row ?? null;
}

/**
 * An admin decides: back to "reported" (the helper corrects the report and the parent confirms
 * again) or "completed" as reported (the thank-you is frozen from the report). An admin who is
 * a party to the care cannot decide it.
 */
export async function resolveDispute(db: Db, r: { requestId: string; adminId: string; outcome: "reported" | "completed"; now: Date }) {
  await db.transaction(async (tx) => {
    const locked = await withCare(tx, r.requestId, "system", ["system"], r.now);
    const { request } = locked;
    if (request.parentId === r.adminId || request.helperId === r.adminId) throw new AppError("conflict", { key: "careAfter.own_dispute" });
    step(locked, { type: "resolve", outcome: r.outcome }, "admin", r.now);
    if (r.outcome === "completed") await freezeCompletion(tx, locked, r.now);
    else await setState(tx, r.requestId, "reported", r.now);
    const kind = r.outcome === "completed" ? "after_resolved_completed" : "after_resolved_reported";
    const data = await noticeData(tx, request);
    await notify(tx, [request.parentId, request.helperId!].map((userId) => ({ userId, kind, requestId: r.requestId, data })));
  });
}
