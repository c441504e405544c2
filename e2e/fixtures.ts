import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { and, desc, eq, like } from "drizzle-orm";
import { type DbHandle, openDb } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { e2eSettings, serverOf } from "./settings";

type Fixtures = { db: DbHandle["db"] };
type WorkerFixtures = { dbHandle: DbHandle };

export const test = base.extend<Fixtures, WorkerFixtures>({
  dbHandle: [
    async ({}, use, workerInfo) => {
      const handle = openDb({ kind: "postgres", url: e2eSettings(serverOf(workerInfo.project.name)).databaseUrl, max: 2 });
      await use(handle);
      await handle.close();
    },
    { scope: "worker" },
  ],
  db: async ({ dbHandle }, use) => use(dbHandle.db),
});

export { expect };

/** The sign-in link of the newest mail to an address, read from the outbox the app writes to. */
export async function latestSignInLink(db: DbHandle["db"], email: string): Promise<string> {
  // Notices go to the same address by mail: only sign-in mails count.
  const signIn = and(eq(mailOutbox.to, email), like(mailOutbox.text, "%/api/auth/callback/email%"));
  await expect.poll(async () => (await db.select().from(mailOutbox).where(signIn)).length).toBeGreaterThan(0);
  const [mail] = await db.select().from(mailOutbox).where(signIn).orderBy(desc(mailOutbox.createdAt)).limit(1);
  const link = mail!.text.match(/https?:\/\/\S+\/api\/auth\/callback\/email\S+/)?.[0];
  if (!link) throw new Error(`no sign-in link in the mail to ${email}`);
  return link;
}

/**
 * Fails on any serious or critical accessibility violation on the current page. `experimental`
 * turns on axe rules it leaves off by default (Lighthouse runs some of them, e.g.
 * label-content-name-mismatch).
 */
export async function expectAccessible(page: Page, { experimental = [] }: { experimental?: string[] } = {}) {
  // The same rules, three times faster: axe.run in the page itself instead of a run per frame
  // finished in a blank page of its own (which only cross-origin frames need; the app has none),
  // and only the violations collected, which is all this checks.
  const results = await new AxeBuilder({ page })
    .setLegacyMode()
    .options({ resultTypes: ["violations"], rules: Object.fromEntries(experimental.map((id) => [id, { enabled: true }])) })
    .analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
