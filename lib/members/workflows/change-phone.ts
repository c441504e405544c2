import "server-only";
import type { Db } from "@/db/client";
import { findCode, lockMemberPhone, setPhone } from "@/db/queries/phone";
import { AppError, notFound } from "@/lib/errors";
import type { CodeSender } from "@/lib/members/phone-code";
import { issueCode, refusalOf } from "./issue-code";
import { deliverCode } from "./send-phone-code";

/**
 * A member gives a new number (or their first, after someone else proved the old one was theirs):
 * it is stored unverified and a code is sent to it at once. The member's verified number, if any,
 * is given up: a number is theirs again only once its code is entered. A number another member
 * verified is refused, and the member keeps the number they had.
 */
export async function changePhone(db: Db, sender: CodeSender, userId: string, phone: string, now: Date): Promise<void> {
  const issued = await db.transaction(async (tx) => {
    const member = await lockMemberPhone(tx, userId);
    if (!member) throw notFound();
    const same = member.phone === phone;
    if (same && member.verifiedAt) throw new AppError("conflict", { key: "phone.same_number", field: "phone" });
    // The resend delay is per number: a code sent to the old one does not hold up the new one.
    const previous = same ? await findCode(tx, userId) : null;
    const outcome = await issueCode(tx, sender.key, userId, phone, previous, now);
    if (outcome.kind === "issued" && !same) await setPhone(tx, userId, phone, now);
    return { ...outcome, locale: member.locale };
  });
  if (issued.kind !== "issued") throw refusalOf(issued);
  await deliverCode(db, sender, issued.phone, issued.code, issued.locale);
}
