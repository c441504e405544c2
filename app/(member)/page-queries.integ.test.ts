import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import { careRecipients } from "@/db/schema";
import { messagesFor } from "@/lib/i18n/messages";
import { child, createCareTestDb, member } from "@/test/care-data";
import { insertCare } from "@/test/care-insert";
import { runServerTree } from "@/test/render-server";

// How many queries /home, /requests and a request page make, for a member with a few connections
// and requests and for one with 20 connections and 30 requests: the same number (no query per
// row), on the real PostgreSQL. The pages run as the server runs them (test/render-server.ts),
// with the request's session, cookies and translations standing in for Next.js's.
let viewerId = "";
let queries = 0;
const messages = messagesFor("ja");

/** Stands in for next-intl's provider: the walk only needs what is inside it. */
function PassThrough({ children }: { children: unknown }) {
  return children;
}

async function useStandIns() {
  const intl = await vi.importActual<typeof import("next-intl")>("next-intl");
  const translator = (namespace?: string) => intl.createTranslator({ locale: "ja", messages, namespace: namespace as never });
  vi.doMock("next-intl", () => ({
    ...intl,
    useTranslations: translator,
    useLocale: () => "ja",
    NextIntlClientProvider: PassThrough,
  }));
  vi.doMock("next-intl/server", () => ({
    getTranslations: async (namespace?: string) => translator(namespace),
    getLocale: async () => "ja",
    getMessages: async () => messages,
  }));
  vi.doMock("next/headers", () => ({
    cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
    headers: async () => new Headers({ host: "localhost:3000" }),
  }));
  // The viewer is whoever the session cookie names; decrypting one is not what this test counts.
  vi.doMock("@/lib/auth/session-cookie", async (importOriginal) => ({
    ...(await importOriginal<typeof import("@/lib/auth/session-cookie")>()),
    sessionUserId: async () => viewerId,
  }));
  vi.doMock("@/lib/auth/auth", () => ({ signIn: vi.fn(), signOut: vi.fn() }));
  // Server actions the header's forms name import Auth.js, which loads only inside Next.js.
  vi.doMock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
  // Modules loaded by earlier files in this worker must load again to see the stand-ins.
  vi.resetModules();
}

async function countQueries(page: () => Promise<unknown>): Promise<number> {
  queries = 0;
  // React's warning for each client component the walk skips (test/render-server.ts).
  const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
  try {
    await runServerTree(page());
  } finally {
    quiet.mockRestore();
  }
  return queries;
}

interface Town {
  handle: DbHandle;
  parent: string;
  openRequest: string;
  matchedRequest: string;
}

/** A parent with `people` connections and `requests` requests: open ones answered by everyone, matched ones, and some asking her. */
async function town(people: number, requests: number): Promise<Town> {
  const handle = await createCareTestDb("postgres");
  const db: Db = handle.db;
  const parent = await member(db, "親");
  const others: string[] = [];
  for (let i = 0; i < people; i++) others.push(await member(db, "近所"));
  const kid = await child(db, parent, "2021-04-01");
  const day = (n: number) => new Date(Date.UTC(2030, 0, 1 + n, 1));
  const hour = 60 * 60 * 1000;
  const ids: string[] = [];
  for (let i = 0; i < requests; i++) {
    const startAt = day(i);
    const endAt = new Date(startAt.getTime() + 2 * hour);
    if (i % 3 === 0) {
      const helper = others[i % people] as string;
      ids.push(await insertCare(db, { parentId: parent, childIds: [kid], startAt, endAt, helperId: helper, recipients: others }));
    } else if (i % 3 === 1) {
      const id = await insertCare(db, { parentId: parent, childIds: [kid], startAt, endAt, recipients: others });
      await db.update(careRecipients).set({ response: "ok", respondedAt: startAt }).where(eq(careRecipients.requestId, id));
      ids.push(id);
    } else {
      // A neighbour's request that asks the parent.
      const neighbour = others[i % people] as string;
      const theirKid = await child(db, neighbour, "2020-06-01");
      await insertCare(db, { parentId: neighbour, childIds: [theirKid], startAt, endAt, recipients: [parent] });
    }
  }
  return { handle, parent, matchedRequest: ids[0] as string, openRequest: ids[1] as string };
}

describe("queries per member page (PostgreSQL)", () => {
  let small: Town;
  let large: Town;
  const holder = globalThis as unknown as { __otagaiDb?: DbHandle };

  beforeAll(async () => {
    await useStandIns();
    small = await town(2, 3);
    large = await town(20, 30);
  });

  afterAll(async () => {
    holder.__otagaiDb = undefined;
    await Promise.all([small?.handle.close(), large?.handle.close()]);
    vi.doUnmock("next-intl");
    vi.doUnmock("next-intl/server");
    vi.doUnmock("next/headers");
    vi.doUnmock("@/lib/auth/session-cookie");
    vi.doUnmock("@/lib/auth/auth");
    vi.doUnmock("next-auth");
    vi.resetModules();
  });

  // The pages read through db() (db/index.ts): it is pointed at a handle on the town's database that counts.
  async function pageQueries(t: Town) {
    const { openDb } = await import("@/db/client");
    const url = (t.handle.target as { url: string }).url;
    const handle = openDb({ kind: "postgres", url, max: 10 }, { onQuery: () => queries++ });
    holder.__otagaiDb = handle;
    viewerId = t.parent;
    try {
      const { default: Home } = await import("./home/page");
      const { default: Requests } = await import("./requests/page");
      const { default: Request } = await import("./requests/[id]/page");
      const request = (id: string) => () => Request({ params: Promise.resolve({ id }), searchParams: Promise.resolve({}) });
      return {
        home: await countQueries(() => Home()),
        requests: await countQueries(() => Requests()),
        openRequest: await countQueries(request(t.openRequest)),
        matchedRequest: await countQueries(request(t.matchedRequest)),
      };
    } finally {
      holder.__otagaiDb = undefined;
      await handle.close();
    }
  }

  it("makes as many queries for 20 connections and 30 requests as for 2 and 3", async () => {
    const few = await pageQueries(small);
    const many = await pageQueries(large);
    // Each page does read the database (the counter hears the pages), and no more with more rows.
    for (const n of Object.values(few)) expect(n).toBeGreaterThan(1);
    expect(many).toEqual(few);
    console.log(`queries per page: ${JSON.stringify(many)}`);
  });
});
