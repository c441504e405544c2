import { type ChildProcess, spawn } from "node:child_process";
import { and, count, eq, gt } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { deliveries } from "@/db/schema";
import { createCareTestDb } from "@/test/care-data";
import { enqueueNotices } from "@/test/deliveries";
import { type SmtpSink, startSmtpSink } from "@/test/smtp-sink";
import { SEND_LANES } from "./runner";

// Lanes per runner: at most this many mails are in flight when one dies.
const PARALLEL = SEND_LANES;
const LEASE_MS = 5000;
/** Five batches of 100 (JOBS_BATCH): the crash comes in the middle of one, with batches after it. */
const DELIVERIES = 500;

/**
 * `npm run worker` against this test's database and SMTP server, as one Node.js process (npx and
 * the tsx command would put a parent in between, which SIGKILL would kill instead of the worker).
 */
function startWorker(h: DbHandle, smtpUrl: string, name: string): ChildProcess {
  if (h.target.kind !== "postgres") throw new Error("workers need PostgreSQL");
  return spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: h.target.url,
      SMTP_URL: smtpUrl,
      MAIL_FROM: `${name} <${name}@otagai.test>`,
      JOBS_POLL_MS: "100",
      JOBS_LEASE_MS: String(LEASE_MS),
      JOBS_BATCH: "100",
      CLOCK_SWEEP_MS: "3600000",
      // Whatever the hour the test runs at.
      QUIET_HOURS: "off",
    },
  });
}

const stop = (child: ChildProcess, signal: NodeJS.Signals) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill(signal);
  });

async function until(what: string, check: () => Promise<boolean> | boolean, ms = 120_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// Done when 1 of issue 12, on the real PostgreSQL: real worker processes, a real SMTP server.
describe("workers on PostgreSQL", () => {
  let h: DbHandle;
  let sink: SmtpSink;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    h = await createCareTestDb("postgres");
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await Promise.all(children.map((c) => stop(c, "SIGKILL")));
    await sink?.close();
    await h?.close();
  });
  const waiting = async () => (await h.db.select({ n: count() }).from(deliveries).where(eq(deliveries.state, "waiting")))[0]!.n;
  const ids = async () => new Set((await h.db.select({ id: deliveries.id }).from(deliveries)).map((d) => `<${d.id}@otagai.delivery>`));

  it("a worker killed with SIGKILL in the middle of 500 deliveries: after a restart each is delivered, once per Message-ID", async () => {
    await enqueueNotices(h.db, DELIVERIES);
    const first = startWorker(h, sink.url, "first");
    children.push(first);
    await until("250 mails (the middle of the third batch of 100)", () => sink.received.length >= 250);
    await stop(first, "SIGKILL");
    const atKill = sink.received.length;
    // It died holding claimed rows it had not finished: the crash really came in the middle of a batch.
    const held = (
      await h.db
        .select({ n: count() })
        .from(deliveries)
        .where(and(eq(deliveries.state, "waiting"), gt(deliveries.attempts, 0)))
    )[0]!.n;
    expect(held).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(DELIVERIES);

    const second = startWorker(h, sink.url, "second");
    children.push(second);
    await until("every delivery sent", async () => (await waiting()) === 0);
    await stop(second, "SIGTERM");

    const rows = await h.db.select().from(deliveries);
    expect(rows.every((d) => d.state === "sent")).toBe(true);
    const counts = sink.counts();
    // Every delivery reached the SMTP server, under its own Message-ID, and nothing else did.
    expect(new Set(counts.keys())).toEqual(await ids());
    // Only a mail in flight when the worker died can arrive twice (the server said OK, the worker
    // died before recording it): the same message, same Message-ID, at most one per lane.
    const twice = [...counts.values()].filter((n) => n > 1);
    expect(twice.every((n) => n === 2)).toBe(true);
    expect(twice.length).toBeLessThanOrEqual(PARALLEL);
    console.log(
      `SIGKILL after ${atKill} mails with ${held} claimed; ${counts.size} distinct deliveries, ${sink.received.length - counts.size} resent after the crash`,
    );
  }, 180_000);

  it("two workers running together never send one twice", async () => {
    await h.db.delete(deliveries);
    sink.received.length = 0;
    await enqueueNotices(h.db, DELIVERIES);
    const workers = [startWorker(h, sink.url, "left"), startWorker(h, sink.url, "right")];
    children.push(...workers);
    await until("every delivery sent", async () => (await waiting()) === 0);
    await Promise.all(workers.map((w) => stop(w, "SIGTERM")));

    expect(sink.received).toHaveLength(DELIVERIES);
    expect(new Set(sink.counts().keys())).toEqual(await ids());
    expect([...sink.counts().values()].every((n) => n === 1)).toBe(true);
    // Both did their share.
    const senders = new Set(sink.received.map((m) => m.from));
    expect(senders).toEqual(new Set(["left@otagai.test", "right@otagai.test"]));
  }, 180_000);
});
