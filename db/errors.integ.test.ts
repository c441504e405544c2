import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { municipalities, users } from "@/db/schema";
import { describeDbError, describeError } from "@/lib/db-errors";
import { createLogger } from "@/lib/log";
import { createTestDb, testDbKindsOf } from "@/test/db";

// Real database errors, as each driver and Drizzle throw them, carry the query's parameters.
const SECRET_EMAIL = "hanako.yamada.secret@example.jp";
const SECRET_NAME = "山田花子シークレット";

async function thrown(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (e) {
    return e;
  }
  throw new Error("expected the query to fail");
}

function logged(e: unknown): string {
  const lines: string[] = [];
  createLogger("info", { write: (s: string) => void lines.push(s) }).error({ err: e, op: "test" }, "query failed");
  return lines.join("");
}

describe.each(testDbKindsOf(import.meta.url))("database errors on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb(kind);
  });
  afterAll(async () => h?.close());

  it("a unique violation keeps its code, operation and constraint, and drops the parameters", async () => {
    await h.db.insert(users).values({ email: SECRET_EMAIL, name: SECRET_NAME });
    const e = await thrown(() => h.db.insert(users).values({ email: SECRET_EMAIL, name: SECRET_NAME }));
    // The raw error does carry them: this is what the description must not let through.
    expect(`${(e as Error).message} ${JSON.stringify((e as Error).cause, Object.getOwnPropertyNames((e as Error).cause ?? {}))}`).toContain(
      SECRET_EMAIL,
    );
    expect(describeDbError(e)).toMatchObject({
      kind: "database",
      code: "23505",
      operation: "insert users",
      constraint: "users_email_unique",
    });
    const described = JSON.stringify(describeError(e));
    const line = logged(e);
    for (const text of [described, line]) {
      expect(text).not.toContain(SECRET_EMAIL);
      expect(text).not.toContain(SECRET_NAME);
      expect(text).not.toContain("hanako");
    }
    expect(JSON.parse(line)).toMatchObject({ msg: "query failed", op: "test", err: { code: "23505", operation: "insert users" } });
  });

  it("a malformed uuid keeps its code and drops the value", async () => {
    const e = await thrown(() =>
      h.db
        .select()
        .from(municipalities)
        .where(eq(municipalities.id, `not-a-uuid ${SECRET_NAME}`)),
    );
    expect(describeDbError(e)).toMatchObject({ code: "22P02", operation: "select municipalities" });
    expect(logged(e)).not.toContain(SECRET_NAME);
  });
});
