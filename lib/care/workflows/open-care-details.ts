import "server-only";
import type { Db } from "@/db/client";
import { careChildren, insertDetailViews } from "@/db/queries/care-during";
import { careDetailsVisible, careDetailsVisibleUntil } from "@/lib/care";
import { type ChildDetails, openChildDetails } from "@/lib/children";
import type { Keyring } from "@/lib/crypto/sealed";
import { AppError } from "@/lib/errors";
import { securityEvent } from "@/lib/log";
import { ageOnDate } from "@/lib/time/dates";
import { tokyoDate } from "@/lib/time/tokyo";
import { PARTIES, withCare } from "./with-care";

export interface CareDetails {
  role: "parent" | "helper";
  visibleUntil: Date;
  careDate: string;
  children: { id: string; name: string; ageYears: number; details: ChildDetails }[];
}

/**
 * The children's care details for the chosen helper (from matching until 24 h after the end) or
 * the parent. A helper's view is written to the audit log, one row per child, in the same
 * transaction as the read and before anything is opened: if the log cannot be written nothing is
 * shown. Anyone else, or a helper out of the window, is told the care does not exist.
 */
export async function openCareDetails(db: Db, o: { requestId: string; viewerId: string; key: Keyring; now: Date }): Promise<CareDetails> {
  return db.transaction(async (tx) => {
    const { request, role, state } = await withCare(tx, o.requestId, o.viewerId, PARTIES, o.now);
    if (!careDetailsVisible(role, state, request.endAt, o.now)) throw new AppError("not_found");
    const rows = await careChildren(tx, request.id);
    if (role === "helper")
      await insertDetailViews(
        tx,
        request.id,
        rows.map((c) => c.id),
        o.viewerId,
        o.now,
      );
    securityEvent("security.care_details_viewed", { requestId: request.id, viewerId: o.viewerId, role, children: rows.length });
    const careDate = tokyoDate(request.startAt);
    return {
      role,
      visibleUntil: careDetailsVisibleUntil(request.endAt),
      careDate,
      children: rows.map((c) => ({
        id: c.id,
        name: c.name,
        ageYears: ageOnDate(c.birthDate, careDate),
        details: openChildDetails(c.sealed, c.id, o.key),
      })),
    };
  });
}
