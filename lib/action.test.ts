import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { uuidField } from "@/lib/ids";
import { createLogger } from "@/lib/log";

// The wrapper from the outside: a signed-in member posts a form. Translation, the session and the
// database are stand-ins; the wrapper's own decisions (parse, map, log) are the real ones.
vi.mock("next-intl/server", () => ({
  getTranslations: async () => Object.assign((key: string) => `t:${key}`, { has: () => true }),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "next-action": "7f00aa" }) }));
vi.mock("next/navigation", () => ({ unstable_rethrow: () => {} }));
vi.mock("@/db", () => ({ db: () => ({}) }));
const viewer = vi.hoisted(() => ({
  current: { userId: "u-1", email: "hanako@example.jp", member: { status: "active", capabilities: ["parent"] } } as unknown,
}));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => viewer.current }));
// The admin rule reads the database (lib/auth/admin); this caller is no admin.
vi.mock("@/lib/auth/admin", () => ({ isAdminUser: async () => false }));

const { defineAction } = await import("@/lib/action");

const ID = "0b4c7a1e-2f33-4a52-9a7e-0c9f2d1b3a44";
const holder = globalThis as unknown as { __otagaiLogger?: unknown };
let raw: string[];

beforeEach(() => {
  raw = [];
  holder.__otagaiLogger = createLogger("info", { write: (s: string) => void raw.push(s) });
});
afterEach(() => {
  holder.__otagaiLogger = undefined;
});
const logged = () => raw.map((l) => JSON.parse(l) as Record<string, unknown>);

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

const act = vi.fn(async (input: { requestId: string; note: string }) => input.requestId);
const action = defineAction(
  { audience: "member", schema: z.object({ requestId: uuidField(), note: z.string().max(5, { error: "too_long" }) }) },
  act,
);

describe("defineAction", () => {
  beforeEach(() => {
    act.mockClear();
  });

  it("passes a well-formed id on", async () => {
    expect(await action(null, form({ requestId: ID, note: "ok" }))).toEqual({ ok: true, data: ID });
  });

  it.each(["not-a-uuid", "", "1; drop table care_requests", "x".repeat(40)])(
    "answers the malformed id %j exactly as a missing thing: not found, nothing done, one access-denied event",
    async (id) => {
      expect(await action(null, form({ requestId: id, note: "ok" }))).toEqual({ ok: false, error: "t:not_found", fieldErrors: {} });
      expect(act).not.toHaveBeenCalled();
      expect(logged()).toEqual([
        expect.objectContaining({ event: "security.access_denied", userId: "u-1", cause: "malformed_id", action: "7f00aa" }),
      ]);
    },
  );

  it("answers a malformed id with not found even when another field is wrong too", async () => {
    expect(await action(null, form({ requestId: "nope", note: "too long" }))).toMatchObject({ error: "t:not_found", fieldErrors: {} });
  });

  it("still answers other mistakes as invalid input on their field", async () => {
    expect(await action(null, form({ requestId: ID, note: "too long" }))).toEqual({
      ok: false,
      error: "t:invalid_input",
      fieldErrors: { note: "t:field.too_long" },
    });
  });

  it("answers a workflow's not found the same way, and logs it without personal data", async () => {
    act.mockRejectedValueOnce(new AppError("not_found"));
    expect(await action(null, form({ requestId: ID, note: "ok" }))).toEqual({ ok: false, error: "t:not_found", fieldErrors: {} });
    expect(logged()).toEqual([expect.objectContaining({ event: "security.access_denied", cause: "not_found", userId: "u-1" })]);
    expect(raw.join("")).not.toContain("hanako");
  });

  it("answers a missing capability with not found and logs it", async () => {
    const admin = defineAction({ audience: "member", capability: "admin", schema: z.object({}) }, async () => 1);
    expect(await admin(null, form({}))).toMatchObject({ ok: false, error: "t:not_found" });
    expect(logged()).toEqual([expect.objectContaining({ event: "security.access_denied", cause: "capability" })]);
  });

  it("logs a database failure with its code and operation, never its parameters", async () => {
    const driver = Object.assign(new Error('duplicate key value violates unique constraint "members_phone_unique"'), {
      code: "23505",
      detail: "Key (phone)=(090-1234-5678) already exists.",
      constraint_name: "members_phone_unique",
    });
    const query = 'insert into "members" ("name", "phone") values ($1, $2)';
    act.mockRejectedValueOnce(
      Object.assign(new Error(`Failed query: ${query}\nparams: 山田花子,090-1234-5678`), {
        query,
        params: ["山田花子", "090-1234-5678"],
        cause: driver,
      }),
    );
    expect(await action(null, form({ requestId: ID, note: "ok" }))).toEqual({ ok: false, error: "t:internal", fieldErrors: {} });
    const [line] = logged();
    expect(line).toMatchObject({
      level: "error",
      msg: "action failed",
      userId: "u-1",
      action: "7f00aa",
      err: { code: "23505", operation: "insert members", constraint: "members_phone_unique" },
    });
    expect(raw.join("")).not.toMatch(/山田花子|090-1234-5678/);
  });

  it("asks a signed-out caller to sign in, and logs nothing", async () => {
    viewer.current = null;
    try {
      expect(await action(null, form({ requestId: "nope", note: "ok" }))).toMatchObject({ error: "t:unauthenticated" });
    } finally {
      viewer.current = { userId: "u-1", email: null, member: { status: "active", capabilities: ["parent"] } };
    }
    expect(logged()).toEqual([]);
  });
});
