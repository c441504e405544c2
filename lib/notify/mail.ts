import nodemailer from "nodemailer";
import type { Db } from "@/db";
import { mailOutbox } from "@/db/schema";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface MailSettings {
  SMTP_URL?: string;
  MAIL_FROM: string;
}

/** Sends over SMTP when a server is configured; otherwise keeps the mail in the outbox (see /dev/mail). */
export async function sendMail(db: Db, settings: MailSettings, mail: Mail): Promise<"smtp" | "outbox"> {
  if (settings.SMTP_URL) {
    const transport = nodemailer.createTransport(settings.SMTP_URL);
    await transport.sendMail({ from: settings.MAIL_FROM, ...mail });
    return "smtp";
  }
  await db.insert(mailOutbox).values(mail);
  return "outbox";
}
