import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { SMTPServer } from "smtp-server";
import { openDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { users } from "@/db/schema";
import { seedDemo } from "@/db/seed/town";
import { drainDeliveries, SEND_LANES } from "@/lib/jobs/workflows/runner";
import { openMailer } from "@/lib/notify/workflows/mailer";
import { notify } from "@/lib/notify/workflows/notify";

const ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const COUNT = 1000;

/**
 * 1,000 e-mail deliveries enqueued in a fresh PostgreSQL database, drained by the job runner's
 * sender (batches of 50, SEND_LANES SMTP connections) to a local SMTP server; prints deliveries per second.
 */
export async function benchDeliveries(): Promise<void> {
  let accepted = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    // No reverse DNS of the client (loopback; this machine has no outside DNS, a lookup only waits).
    disableReverseLookup: true,
    logger: false,
    onData(stream, _session, done) {
      stream.on("data", () => {});
      stream.on("end", () => {
        accepted++;
        done();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;

  const name = `otagai_bench_mail_${Date.now()}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const handle = openDb({ kind: "postgres", url: url.toString(), max: 6 });
  const mailer = openMailer(handle.db, { SMTP_URL: smtpUrl, MAIL_FROM: "Otagai <no-reply@otagai.local>" }, SEND_LANES);
  try {
    await migrateDatabase(handle);
    await seedDemo(handle.db);
    await handle.db.execute(sql`delete from deliveries`);
    const ids = (await handle.db.select({ id: users.id }).from(users)).map((u) => u.id);
    const notices = Array.from({ length: COUNT }, (_, i) => ({
      userId: ids[i % ids.length]!,
      kind: "care_solved",
      data: { start: new Date().toISOString() },
    }));
    await handle.db.transaction((tx) => notify(tx, notices));
    const t0 = performance.now();
    let handled = 0;
    while (handled < COUNT) {
      const n = await drainDeliveries(handle.db, {
        mailer,
        baseUrl: "https://otagai.example.jp",
        batch: 50,
        leaseMs: 60_000,
        parallel: SEND_LANES,
        quietHours: null,
      });
      if (n === 0) break;
      handled += n;
    }
    const seconds = (performance.now() - t0) / 1000;
    console.log(
      `e-mail deliveries: ${COUNT.toLocaleString("en")} drained to a local SMTP server in ${seconds.toFixed(2)} s: ${Math.round(handled / seconds).toLocaleString("en")} deliveries/s (${accepted} accepted)`,
    );
  } finally {
    mailer.close();
    await handle.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  }
}
