import "server-only";
import type { Db } from "@/db/client";
import { careForViewer } from "@/db/queries/care-access";
import { activeAdminIds } from "@/db/queries/members";
import { relationBetween } from "@/db/queries/profiles";
import { careMessages, insertReport } from "@/db/queries/safety";
import { profileView } from "@/lib/connections/visibility";
import { notFound } from "@/lib/errors";
import { hitLimits } from "@/lib/limits/workflows/hit";
import { notify } from "@/lib/notify/workflows/notify";
import type { ReportInput } from "@/lib/safety/report-schema";
import { type CareRole, isSafetyCategory, reportedMember, responseTarget } from "@/lib/safety/reports";

/**
 * A member reports a member, a care or one of a care's messages. Only what the reporter can see
 * can be reported (anything else is "not found", as on its page), never themselves; reports are
 * limited per member. The report waits in the admin queue with its response target; one about a
 * child's safety or violence also reaches every active admin at once.
 */
export async function submitReport(db: Db, r: { reporterId: string; input: ReportInput; now: Date }): Promise<string> {
  const { reporterId, input, now } = r;
  return db.transaction(async (tx) => {
    const target = await reportTargetFor(tx, reporterId, input);
    if (!target) throw notFound();
    await hitLimits(tx, [{ limit: "reportsByMember", subject: reporterId }], now, "safety.too_many_reports");
    const id = await insertReport(tx, {
      reporterId,
      reportedId: target.reportedId,
      target: input.target,
      requestId: target.requestId,
      message: input.target === "message" ? input.message : null,
      category: input.category,
      text: input.text,
      respondBy: responseTarget(input.category, now),
      createdAt: now,
    });
    if (isSafetyCategory(input.category)) {
      const admins = (await activeAdminIds(tx)).filter((a) => a !== reporterId && a !== target.reportedId);
      await notify(
        tx,
        admins.map((userId) => ({ userId, kind: "safety.urgent_report", data: { reportId: id } })),
      );
    }
    return id;
  });
}

const CARE_ROLES: readonly string[] = ["parent", "helper", "recipient"] satisfies CareRole[];

/**
 * What a report is about, as the reporter may see it (the report page asks too, to show it and
 * to answer "not found" for anything else); null for anything they may not report.
 */
export async function reportTargetFor(
  tx: Db,
  reporterId: string,
  input: Pick<ReportInput, "target" | "targetId" | "message">,
): Promise<{ reportedId: string; requestId: string | null; startAt: Date | null } | null> {
  if (input.target === "member") {
    const relation = await relationBetween(tx, reporterId, input.targetId);
    if (!relation || relation.self || profileView(relation) === "none") return null;
    return { reportedId: input.targetId, requestId: null, startAt: null };
  }
  const access = await careForViewer(tx, input.targetId, reporterId);
  if (!access || !CARE_ROLES.includes(access.role as CareRole)) return null;
  const role = access.role as CareRole;
  const exists = input.message ? (await careMessages(tx, input.targetId))[input.message] : false;
  const about =
    input.target === "care"
      ? reportedMember({ kind: "care" }, role, access.request)
      : reportedMember({ kind: "message", message: input.message!, exists }, role, access.request);
  return about && about !== reporterId ? { reportedId: about, requestId: input.targetId, startAt: access.request.startAt } : null;
}
