import "server-only";
import type { Db } from "@/db/client";
import { findCode, lockMemberPhone } from "@/db/queries/phone";
import { AppError, notFound } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { CODE_TTL_MS, type CodeSender } from "@/lib/members/phone-code";
import { codeSms } from "@/lib/notify/sms";
import { sendSms } from "@/lib/notify/workflows/send-sms";
import { issueCode, refusalOf } from "./issue-code";

/** Sends a new code to the member's number, which must be theirs and not yet verified. */
export async function sendPhoneCode(db: Db, sender: CodeSender, userId: string, now: Date): Promise<void> {
  const issued = await db.transaction(async (tx) => {
    const member = await lockMemberPhone(tx, userId);
    if (!member) throw notFound();
    if (!member.phone) throw new AppError("invalid_input", { key: "phone.no_number" });
    if (member.verifiedAt) throw new AppError("conflict", { key: "phone.already_verified" });
    const previous = await findCode(tx, userId);
    return { ...(await issueCode(tx, sender.key, userId, member.phone, previous, now)), locale: member.locale };
  });
  if (issued.kind !== "issued") throw refusalOf(issued);
  await deliverCode(db, sender, issued.phone, issued.code, issued.locale);
}

/** The code by SMS, after the transaction that stored it committed. */
export async function deliverCode(db: Db, sender: CodeSender, phone: string, code: string, locale: Locale): Promise<void> {
  await sendSms(db, sender.sms, codeSms(phone, code, CODE_TTL_MS / 60_000, locale));
}
