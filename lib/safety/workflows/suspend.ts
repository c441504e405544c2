import "server-only";
import type { Db } from "@/db/client";
import { blockPhone, lockMemberStanding, setMemberStatus, unblockPhonesOf } from "@/db/queries/safety";
import { endCaresOf } from "@/lib/care/workflows/end-between";
import { securityEvent } from "@/lib/log";
import { phoneBlockKey } from "@/lib/safety/phone-block";

/**
 * Suspends a member inside the caller's transaction: the account is suspended (every page and
 * action refuses them from the next request: lib/auth/viewer, lib/action), their verified number
 * may not verify another account, and everything they had going on ends through the normal paths
 * (lib/care/workflows/end-between: matched cares cancelled by the platform, their own requests
 * withdrawn, requests asking them stop asking them). Returns false for no member or one already suspended.
 */
export async function suspendInTx(tx: Db, key: string, userId: string, now: Date): Promise<boolean> {
  const member = await lockMemberStanding(tx, userId);
  if (!member || member.status === "suspended") return false;
  await setMemberStatus(tx, userId, "suspended", now);
  if (member.phone && member.verifiedAt) await blockPhone(tx, phoneBlockKey(key, member.phone), userId, now);
  await endCaresOf(tx, userId, now);
  securityEvent("security.member_suspended", { userId });
  return true;
}

/** Lifts a suspension inside the caller's transaction: the account is active again and its number is no longer blocked. */
export async function liftInTx(tx: Db, userId: string, now: Date): Promise<boolean> {
  const member = await lockMemberStanding(tx, userId);
  if (member?.status !== "suspended") return false;
  await setMemberStatus(tx, userId, "active", now);
  await unblockPhonesOf(tx, userId);
  securityEvent("security.member_reinstated", { userId });
  return true;
}
