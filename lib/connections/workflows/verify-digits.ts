import "server-only";
import type { Db } from "@/db/client";
import {
  closeRequest,
  findRequestFor,
  lockPair,
  markVerified,
  phoneForCheck,
  recordTry,
  wrongTriesSince,
} from "@/db/queries/connection-requests";
import { insertConnection, isBlockedEitherWay } from "@/db/queries/connections";
import { digitsMatch, handshakeBlocker } from "@/lib/connections/digits";
import { LOOKBACK_MS, type LockState, lockState } from "@/lib/connections/lockout";
import { otherInRequest, verifiedSides } from "@/lib/connections/pair";
import { AppError, notFound } from "@/lib/errors";
import { hitLimits } from "@/lib/limits/workflows/hit";
import { securityEvent } from "@/lib/log";

export type DigitsOutcome =
  | { kind: "verified"; completed: boolean; otherId: string }
  | { kind: "wrong"; remaining: number }
  | { kind: "locked"; until: Date };

/**
 * One try at the other member's last four digits. Tries for a pair are judged one at a time under
 * the pair's row lock, so that however many arrive at once no more than five wrong ones are ever
 * evaluated in 24 hours. A wrong try is recorded and committed; the caller reports it afterwards.
 * Every evaluated try also counts against the trying member (across all targets) and against the
 * target (across all tryers), so neither one account nor many fake ones can guess at scale; a try
 * over either limit is refused before the digits are compared, and nothing is recorded. Both
 * numbers must have been verified by SMS: digits of a number nobody proved prove nothing.
 */
export async function tryDigits(db: Db, viewerId: string, requestId: string, digits: string, now: Date): Promise<DigitsOutcome> {
  return db.transaction(async (tx) => {
    const request = await findRequestFor(tx, requestId, viewerId);
    if (request?.status !== "pending") throw notFound();
    const otherId = otherInRequest(request, viewerId);
    await lockPair(tx, viewerId, otherId);
    // Read again under the lock: a try that committed while we waited is seen now.
    const current = await findRequestFor(tx, requestId, viewerId);
    const other = await phoneForCheck(tx, otherId);
    if (current?.status !== "pending" || other?.status !== "active" || (await isBlockedEitherWay(tx, viewerId, otherId))) {
      throw notFound();
    }
    if (verifiedSides(current, viewerId).mine) return { kind: "verified", completed: false, otherId };
    const blocker = handshakeBlocker((await phoneForCheck(tx, viewerId)) ?? { phone: null, phoneVerifiedAt: null }, other);
    if (blocker) throw unverifiedPhone(blocker);

    const wrong = await wrongTriesSince(tx, viewerId, otherId, new Date(now.getTime() - LOOKBACK_MS));
    const before = lockState(wrong, now);
    if (before.locked) return { kind: "locked", until: before.until };
    await hitLimits(
      tx,
      [
        { limit: "digitsByTryer", subject: viewerId },
        { limit: "digitsAtTarget", subject: otherId },
      ],
      now,
      "connections.too_many_tries",
    );

    const correct = digitsMatch(digits, other.phone!);
    await recordTry(tx, viewerId, otherId, correct, now);
    if (!correct) {
      const after = lockState([...wrong, now], now);
      if (after.locked) securityEvent("security.digits_lockout", { userId: viewerId, targetId: otherId, requestId: current.id });
      return after.locked ? { kind: "locked", until: after.until } : { kind: "wrong", remaining: after.remaining };
    }
    const verified = await markVerified(tx, current, viewerId, now);
    if (!verified.fromVerifiedAt || !verified.toVerifiedAt) return { kind: "verified", completed: false, otherId };
    await closeRequest(tx, current.id, "completed", now);
    await insertConnection(tx, viewerId, otherId, "distance", now, false);
    return { kind: "verified", completed: true, otherId };
  });
}

/** The refusal when a number is not verified yet; for the request's first step too. */
export function unverifiedPhone(blocker: "verify_your_phone" | "their_phone_unverified"): AppError {
  return blocker === "verify_your_phone"
    ? new AppError("conflict", { key: "connections.verify_your_phone" })
    : new AppError("conflict", { key: "connections.their_phone_unverified" });
}

/** Whether the pair of a request is locked at `now`, for showing it before anyone tries. */
export async function pairLock(db: Db, a: string, b: string, now: Date): Promise<LockState> {
  return lockState(await wrongTriesSince(db, a, b, new Date(now.getTime() - LOOKBACK_MS)), now);
}
