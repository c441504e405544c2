import "server-only";
import type { Db } from "@/db/client";
import { saveReport } from "@/db/queries/care-completion";
import { setState } from "@/db/queries/care-lock";
import { careThanksBasis } from "@/db/queries/care-thanks";
import { reportedWindow } from "@/lib/care/after/report";
import { careThanks } from "@/lib/care/after/thanks-facts";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notify/workflows/notify";
import type { Expense } from "@/lib/thanks";
import { noticeData, PARTIES, step, withCare } from "./with-care";

type CareReport = { requestId: string; viewerId: string; startTime: string; endTime: string; expenses: Expense[]; now: Date };

/** After the end, the helper reports the actual times and itemised expenses; they may correct it until the parent confirms. */
export async function reportCare(db: Db, r: CareReport): Promise<void> {
  await db.transaction(async (tx) => {
    const locked = await withCare(tx, r.requestId, r.viewerId, PARTIES, r.now);
    step(locked, { type: "report" }, locked.role, r.now);
    const window = reportedWindow({ start: locked.request.startAt, end: locked.request.endAt }, r.startTime, r.endTime, r.now);
    if (!window.ok) {
      const { field, key, values } = window.problem;
      throw new AppError("invalid_input", { key: `field.${key}`, field, values });
    }
    // lib/thanks has the last word on what it can compute.
    const check = careThanks(await careThanksBasis(tx, locked.request), window, r.expenses);
    if (!check.ok) throw new AppError("invalid_input", { key: "field.after_report_invalid", field: "expenses" });
    await saveReport(tx, {
      requestId: r.requestId,
      actualStartAt: window.start,
      actualEndAt: window.end,
      expenses: r.expenses,
      now: r.now,
    });
    await setState(tx, r.requestId, "reported", r.now);
    const data = await noticeData(tx, locked.request, r.viewerId);
    await notify(tx, { userId: locked.request.parentId, kind: "after_reported", requestId: r.requestId, data });
  });
}
