import "server-only";
import type { Db } from "@/db/client";
import { saveCode, verifiedElsewhere } from "@/db/queries/phone";
import { phoneBlocked } from "@/db/queries/safety";
import { AppError } from "@/lib/errors";
import { hitLimits } from "@/lib/limits/workflows/hit";
import { codeFor, newCode, resendWaitMs, type StoredCode } from "@/lib/members/phone-code";
import { phoneBlockKey } from "@/lib/safety/phone-block";

export type Issued = { kind: "issued"; phone: string; code: string } | { kind: "taken" } | { kind: "blocked" };

/**
 * The step shared by "send a code" and "change my number", inside their transaction and after the
 * member's row is locked: wait out the resend delay after `previous` (the code last sent to this
 * number), count the send against the member and the number, then make a code for `phone`
 * (replacing any earlier one). A number another member verified gets no code: the answer comes
 * back as "taken" so that the caller commits the count, and nothing else, before reporting it;
 * "verified by another account" costs a send like any other.
 */
export async function issueCode(
  tx: Db,
  key: string,
  userId: string,
  phone: string,
  previous: Pick<StoredCode, "sentAt"> | null,
  now: Date,
): Promise<Issued> {
  const wait = resendWaitMs(previous, now);
  if (wait > 0) throw new AppError("rate_limited", { key: "phone.wait", values: { seconds: Math.ceil(wait / 1000) } });
  await hitLimits(
    tx,
    [
      { limit: "phoneCodeByMember", subject: userId },
      { limit: "phoneCodeToNumber", subject: phone },
    ],
    now,
    "phone.too_many_codes",
  );
  // A suspended member's number verifies no other account (lib/safety/workflows/suspend).
  if (await phoneBlocked(tx, phoneBlockKey(key, phone))) return { kind: "blocked" };
  if (await verifiedElsewhere(tx, phone, userId)) return { kind: "taken" };
  const code = newCode();
  await saveCode(tx, { userId, ...codeFor(key, userId, phone, code, now) });
  return { kind: "issued", phone, code };
}

/** What a member is told when the number they gave is another member's verified number. */
const phoneTaken = () => new AppError("conflict", { key: "phone.taken" });

/** What a member is told when the number they gave belongs to a suspended account. */
const phoneBlockedError = () => new AppError("conflict", { key: "phone.blocked" });

/** Why a number got no code, as the member is told it. */
export const refusalOf = (issued: Exclude<Issued, { kind: "issued" }>) => (issued.kind === "taken" ? phoneTaken() : phoneBlockedError());
