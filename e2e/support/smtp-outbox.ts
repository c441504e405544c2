import type { DbHandle } from "@/db/client";
import { insertOutboxMail } from "@/db/queries/mail";
import { startSmtpSink } from "@/test/smtp-sink";

// The end-to-end server's mail provider: a real SMTP server on loopback that the app's nodemailer
// client (SMTP_URL, as production requires) delivers to. Each mail it accepts is decoded and kept
// in `mail_outbox`, where the tests read sign-in links (e2e/fixtures.ts).

type Part = { headers: Map<string, string>; body: string };

function parsePart(raw: string): Part {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split < 0 ? raw : raw.slice(0, split);
  const body = split < 0 ? "" : raw.slice(split).replace(/^\r?\n\r?\n/, "");
  const headers = new Map<string, string>();
  // Folded header lines continue with whitespace.
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decodeQuotedPrintable(text: string): Buffer {
  const bytes: number[] = [];
  const s = text.replace(/=\r?\n/g, "");
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(s[i]!, "utf8"));
  }
  return Buffer.from(bytes);
}

function decodeBody(part: Part): string {
  const encoding = (part.headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  if (encoding === "base64") return Buffer.from(part.body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") return decodeQuotedPrintable(part.body).toString("utf8");
  return part.body;
}

/** RFC 2047 encoded words, as nodemailer writes non-ASCII subjects. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : decodeQuotedPrintable(text.replace(/_/g, " ")).toString("utf8"),
    );
}

function leaves(part: Part): Part[] {
  const type = part.headers.get("content-type") ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!type.toLowerCase().startsWith("multipart/") || !boundary) return [part];
  return (
    part.body
      .split(`--${boundary}`)
      .slice(1)
      .filter((chunk) => !chunk.startsWith("--"))
      // The line break before a boundary belongs to the boundary.
      .flatMap((chunk) => leaves(parsePart(chunk.replace(/^\r?\n/, "").replace(/\r?\n$/, ""))))
  );
}

/** Subject, text and HTML of a mail as it arrived over SMTP. */
function decodeMail(raw: string): { subject: string; text: string; html: string } {
  const mail = parsePart(raw);
  const parts = leaves(mail);
  const of = (type: string) => {
    const part = parts.find((p) => (p.headers.get("content-type") ?? "text/plain").toLowerCase().startsWith(type));
    return part ? decodeBody(part).replace(/\r\n/g, "\n") : "";
  };
  return { subject: decodeHeader(mail.headers.get("subject") ?? ""), text: of("text/plain"), html: of("text/html") };
}

/** Starts the stand-in on a free loopback port (it lives as long as this process); returns its SMTP_URL. */
export async function startSmtpOutbox(db: DbHandle["db"]): Promise<string> {
  // Stored before the server answers, so the mail is there when the app's request returns.
  const sink = await startSmtpSink(async ({ to, raw }) => {
    const mail = decodeMail(raw);
    await Promise.all(to.map((address) => insertOutboxMail(db, { to: address, ...mail })));
  });
  return sink.url;
}
