import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { careChildren } from "@/db/queries/care-during";
import { insertIncident } from "@/db/queries/care-incidents";
import { displayNames } from "@/db/queries/care-lock";
import { activeAdminIds } from "@/db/queries/members";
import { buildCareRecord } from "@/lib/care/during/care-record";
import type { IncidentInput } from "@/lib/care/during/schemas";
import { sealText } from "@/lib/care/during/sealed-texts";
import { incidentReportAllowed, incidentTimeProblem } from "@/lib/care/during/window";
import type { Keyring } from "@/lib/crypto/sealed";
import { AppError } from "@/lib/errors";
import { SERIOUS_INCIDENT_KIND } from "@/lib/notify/quiet-hours";
import { type NewNotification, notify } from "@/lib/notify/workflows/notify";
import { PARTIES, withCare } from "./with-care";

/**
 * An incident reported by the parent or the helper; returns its id. The care's record (request,
 * children's names and ages on the day, both adults, insurance snapshot) is frozen with it; the
 * other adult hears of it, and a serious one reaches every active admin in the same transaction.
 * The description is sealed to its row (the id is chosen here so that the seal can name it).
 */
export async function reportIncident(db: Db, input: IncidentInput & { viewerId: string; key: Keyring; now: Date }): Promise<string> {
  return db.transaction(async (tx) => {
    const { request, role, state } = await withCare(tx, input.requestId, input.viewerId, PARTIES, input.now);
    const start = request.startAt;
    if (!incidentReportAllowed({ role, state, start, end: request.endAt, now: input.now })) {
      throw new AppError("conflict", { key: "careDuring.incident_closed" });
    }
    const problem = incidentTimeProblem(input.occurredAt, { start, now: input.now });
    if (problem) throw new AppError("invalid_input", { key: `field.${problem}`, field: "occurredAt" });

    const names = await displayNames(tx, [request.parentId, ...(request.helperId ? [request.helperId] : [])]);
    const person = (id: string) => ({ id, name: names.get(id) ?? "" });
    const careRecord = buildCareRecord({
      request: { ...request, state },
      children: await careChildren(tx, request.id),
      parent: person(request.parentId),
      helper: request.helperId ? person(request.helperId) : null,
      now: input.now,
    });
    const id = randomUUID();
    await insertIncident(tx, {
      id,
      requestId: request.id,
      reportedBy: input.viewerId,
      severity: input.severity,
      seriousKind: input.seriousKind,
      description: sealText(input.description, "incident", id, input.key),
      occurredAt: input.occurredAt,
      careRecord,
      createdAt: input.now,
    });

    const other = input.viewerId === request.parentId ? request.helperId : request.parentId;
    const notices: NewNotification[] = [];
    if (other)
      notices.push({
        userId: other,
        kind: "safety_incident_reported",
        requestId: request.id,
        data: { name: names.get(input.viewerId) ?? "" },
      });
    // No request link for admins: they are not part of the care; they open it from the incident queue.
    if (input.severity === "serious") {
      for (const userId of await activeAdminIds(tx)) notices.push({ userId, kind: SERIOUS_INCIDENT_KIND, data: { incidentId: id } });
    }
    await notify(tx, notices);
    return id;
  });
}
