// An e-mail as Otagai writes it, and where it goes (lib/notify/workflows/send-mail.ts sends it).
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
