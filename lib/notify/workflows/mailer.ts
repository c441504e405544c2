import "server-only";
import nodemailer from "nodemailer";
import type { Db } from "@/db/client";
import { insertOutboxMail } from "@/db/queries/mail";
import type { Mail, MailSettings } from "@/lib/notify/mail";

export interface Mailer {
  /** Sends one mail; `messageId` is the delivery's own, so a mail sent again after a crash is recognisably the same. */
  send(mail: Mail & { messageId: string }): Promise<void>;
  close(): void;
}

/**
 * The job runner's mail client: one pool of SMTP connections when SMTP_URL is set (a connection per
 * mail would cost a handshake each), otherwise the development outbox (see /dev/mail).
 */
export function openMailer(db: Db, settings: MailSettings, connections = 4): Mailer {
  if (!settings.SMTP_URL) {
    return { send: ({ messageId: _, ...mail }) => insertOutboxMail(db, mail), close() {} };
  }
  // The pool is asked for in the URL: beside an object's `url`, nodemailer ignores `pool` and opens a
  // connection (greeting, EHLO) per mail.
  const url = new URL(settings.SMTP_URL);
  url.searchParams.set("pool", "true");
  url.searchParams.set("maxConnections", String(connections));
  const transport = nodemailer.createTransport(url.toString());
  return {
    async send({ messageId, ...mail }) {
      await transport.sendMail({ from: settings.MAIL_FROM, messageId, ...mail });
    },
    close: () => transport.close(),
  };
}
