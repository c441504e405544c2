import "server-only";
import type { Db } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { addWrongTry, deleteCodes, dropClaims, findCode, lockClaims, lockCode, markPhoneVerified, memberPhone } from "@/db/queries/phone";
import { phoneBlocked } from "@/db/queries/safety";
import { securityEvent } from "@/lib/log";
import { checkCode, decideVerification, hashCode } from "@/lib/members/phone-code";
import { phoneBlockKey } from "@/lib/safety/phone-block";

export type VerifyOutcome =
  | { kind: "verified" }
  | { kind: "wrong"; remaining: number }
  /** No live code for the member's number: ask for a new one. */
  | { kind: "stale" }
  /** Another member verified this number first. */
  | { kind: "taken" }
  /** The number of a suspended account (blocked after the code was sent). */
  | { kind: "blocked" };

/**
 * The member enters the code sent to their number. A right code makes the number theirs: any
 * other member who had only claimed it loses the claim (and is asked for their number again), in
 * the same transaction. Members verifying one number at once are decided one after the other
 * (their rows are locked in one order), and the unique index on verified numbers settles anything
 * else: exactly one wins. A wrong code is counted and committed; the caller reports it afterwards.
 */
export async function verifyPhone(db: Db, key: string, userId: string, code: string, now: Date): Promise<VerifyOutcome> {
  const sent = await findCode(db, userId);
  if (!sent) return { kind: "stale" };
  try {
    return await db.transaction(async (tx) => {
      // Every claim of the number first, then the member's own code: one order for everyone.
      const claims = await lockClaims(tx, sent.phone);
      const stored = await lockCode(tx, userId);
      const member = await memberPhone(tx, userId);
      if (!member || member.verifiedAt) return { kind: "stale" } as const;
      const check = checkCode(stored, member.phone, hashCode(key, userId, member.phone ?? "", code), now);
      if (check.kind === "stale") return check;
      if (check.kind === "wrong") {
        await addWrongTry(tx, userId);
        return check;
      }
      if (await phoneBlocked(tx, phoneBlockKey(key, sent.phone))) return { kind: "blocked" } as const;
      const decision = decideVerification(userId, claims);
      if (decision.kind === "taken") return decision;
      await dropClaims(tx, decision.drop, now);
      await deleteCodes(tx, [userId, ...decision.drop]);
      await markPhoneVerified(tx, userId, now);
      securityEvent("security.phone_verified", { userId, droppedClaims: decision.drop.length });
      return { kind: "verified" } as const;
    });
  } catch (e) {
    if (isUniqueViolation(e, "members_phone_verified_unique")) return { kind: "taken" };
    throw e;
  }
}
