import "server-only";
import type { Db } from "@/db/client";
import { setIncidentHandled } from "@/db/queries/care-incidents";
import { AppError } from "@/lib/errors";

/** An admin closes an open incident; one that does not exist, or was handled already, is "not found". */
export async function markIncidentHandled(db: Db, incidentId: string, now: Date): Promise<void> {
  if (!(await setIncidentHandled(db, incidentId, now))) throw new AppError("not_found");
}
