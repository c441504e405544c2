import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { and, desc, eq, like } from "drizzle-orm";
import { type DbHandle, openDb } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { type E2eServer, e2eSettings, serverOf } from "./settings";

type Fixtures = {
  /** The e2e server this test talks to (e2e/settings.ts): its project's, unless the file says otherwise. */
  server: E2eServer | undefined;
  db: DbHandle["db"];
};
type WorkerFixtures = { dbHandles: Map<E2eServer, DbHandle> };

export const test = base.extend<Fixtures, WorkerFixtures>({
  server: [undefined, { option: true }],
  // One connection pool per server a worker's tests talk to, opened when first needed.
  dbHandles: [
    async ({}, use) => {
      const handles = new Map<E2eServer, DbHandle>();
      await use(handles);
      for (const handle of handles.values()) await handle.close();
    },
    { scope: "worker" },
  ],
  db: async ({ dbHandles, server }, use, testInfo) => {
    const name = server ?? serverOf(testInfo.project.name);
    let handle = dbHandles.get(name);
    if (!handle) {
      handle = openDb({ kind: "postgres", url: e2eSettings(name).databaseUrl, max: 2 });
      dbHandles.set(name, handle);
    }
    await use(handle.db);
  },
});

/** For a file whose tests talk to another server than their project's: its address and its database. */
export function onServer(server: E2eServer) {
  test.use({ server, baseURL: e2eSettings(server).baseURL });
}

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
