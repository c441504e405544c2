import "server-only";
import nodemailer from "nodemailer";
import type { Db } from "@/db/client";
import { insertOutboxMail } from "@/db/queries/mail";
import type { Mail, MailSettings } from "@/lib/notify/mail";

/** Sends over SMTP when a server is configured; otherwise keeps the mail in the outbox (see /dev/mail). */
export async function sendMail(db: Db, settings: MailSettings, mail: Mail): Promise<"smtp" | "outbox"> {
  if (settings.SMTP_URL) {
    const transport = nodemailer.createTransport(settings.SMTP_URL);
    await transport.sendMail({ from: settings.MAIL_FROM, ...mail });
    return "smtp";
  }
  await insertOutboxMail(db, mail);
  return "outbox";
}
