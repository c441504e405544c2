import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface SmtpSink {
  url: string;
  /** Every mail accepted, in order: its Message-ID, recipients and raw source. */
  received: { messageId: string; from: string; to: string[]; raw: string }[];
  /** How many times each Message-ID arrived. */
  counts(): Map<string, number>;
  close(): Promise<void>;
}

type Received = SmtpSink["received"][number];

/**
 * A real SMTP server on loopback that keeps what it is sent, for tests to count and read.
 * `onMail` runs before the server answers (the e2e outbox stores each mail there), and a failure
 * in it is the server's answer.
 */
export async function startSmtpSink(onMail?: (mail: Received) => Promise<void>): Promise<SmtpSink> {
  const received: SmtpSink["received"] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    // No reverse DNS of the client (loopback; this machine has no outside DNS, a lookup only waits).
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const messageId = /^message-id:\s*(\S+)/im.exec(raw)?.[1] ?? "";
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        const mail = { messageId, from, to: session.envelope.rcptTo.map((r) => r.address), raw };
        received.push(mail);
        if (!onMail) return done();
        onMail(mail).then(
          () => done(),
          (e: Error) => done(e),
        );
      });
    },
  });
  // A client that dies (a worker killed mid-batch) resets its connections: not this server's error.
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    counts() {
      const m = new Map<string, number>();
      for (const r of received) m.set(r.messageId, (m.get(r.messageId) ?? 0) + 1);
      return m;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
