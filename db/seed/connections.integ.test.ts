import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haveMet } from "@/lib/connections/met";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { demoIds } from "@/test/members";
import type { DbHandle } from "../client";
import { listPendingRequests } from "../queries/connection-requests";
import { listConnections } from "../queries/connections";
import { listGroupMembers, listGroupsOf } from "../queries/groups";
import { connectionRequests, connections, groupMembers, groups } from "../schema";
import { seedConnections } from "./connections";
import { seedDemo } from "./town";

describe.each(testDbKindsOf(import.meta.url))("demo connections on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb(kind);
    await seedDemo(h.db);
  });
  afterAll(async () => h?.close());

  it("connects みどり市 members in every way, and seeding twice adds nothing", async () => {
    await h.db.transaction((tx) => seedConnections(tx));
    await h.db.transaction((tx) => seedConnections(tx));
    const tally = async (table: typeof connections | typeof connectionRequests | typeof groups | typeof groupMembers) =>
      (await h.db.select({ n: count() }).from(table))[0]!.n;
    expect([await tally(connections), await tally(connectionRequests), await tally(groups), await tally(groupMembers)]).toEqual([
      8, 1, 1, 6,
    ]);

    const id = await demoIds(h.db);
    const sato = await listConnections(h.db, id("sato.yoko"));
    expect(new Set(sato.map((c) => c.connection.provenance))).toEqual(new Set(["in_person", "distance", "meetup"]));
    expect(sato.filter((c) => !haveMet(c.connection)).map((c) => c.displayName)).toEqual(["田中 恵子"]);
    expect((await listPendingRequests(h.db, id("sato.yoko"))).map((r) => r.displayName)).toEqual(["中村 彩"]);
    const [group] = await listGroupsOf(h.db, id("nakamura.aya"));
    expect(group?.name).toBe("みどり保育園 ひまわり組");
    expect(await listGroupMembers(h.db, group!.id, id("nakamura.aya"))).toHaveLength(6);
    const [row] = await h.db.select().from(groups).where(eq(groups.id, group!.id));
    expect(row?.municipalityId).not.toBeNull();
  });
});
