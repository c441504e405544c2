import "server-only";
import type { Db } from "@/db/client";
import { setState } from "@/db/queries/care-lock";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notify/workflows/notify";
import { freezeCompletion } from "./freeze-completion";
import { noticeData, step, withCare } from "./with-care";

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
    await notify(
      tx,
      [request.parentId, request.helperId!].map((userId) => ({ userId, kind, requestId: r.requestId, data })),
    );
  });
}
