import "server-only";
import type { Db } from "@/db/client";
import { saveThankYou } from "@/db/queries/care-feedback";
import { feedbackRefusal } from "@/lib/care/after/feedback";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notify/workflows/notify";
import { noticeData, PARTIES, withCare } from "./with-care";

/** The parent's thank-you message to the helper, once. */
export async function thankHelper(db: Db, t: { requestId: string; viewerId: string; message: string; now: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    const locked = await withCare(tx, t.requestId, t.viewerId, PARTIES, t.now);
    const refusal = feedbackRefusal(locked.role, locked.state);
    if (refusal) throw new AppError("conflict", { key: `careAfter.${refusal}` });
    if (!(await saveThankYou(tx, t.requestId, t.message, t.now))) throw new AppError("conflict", { key: "careAfter.already_thanked" });
    const data = await noticeData(tx, locked.request, t.viewerId);
    await notify(tx, { userId: locked.request.helperId!, kind: "after_thanked", requestId: t.requestId, data });
  });
}
