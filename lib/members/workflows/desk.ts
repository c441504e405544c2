import "server-only";
import { AppError } from "@/lib/errors";
import type { DeskStatus } from "../certification";

/**
 * What every decision at the desk starts from: the row exists and still waits for a decision, and
 * the admin is not deciding their own request.
 */
export function openAtDesk<R extends { userId: string; status: DeskStatus }>(row: R | null, adminId: string): R {
  if (!row) throw new AppError("not_found");
  if (row.status !== "applied") throw new AppError("conflict", { key: "standing.already_decided" });
  if (row.userId === adminId) throw new AppError("conflict", { key: "standing.own_request" });
  return row;
}
