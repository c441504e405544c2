import { type APIRequestContext, request as playwrightRequest } from "@playwright/test";
import { eq } from "drizzle-orm";
import { members, users } from "@/db/schema";
import { newMember } from "@/test/members";
import { expect, test } from "./fixtures";
import { postActionById } from "./server-actions";
import { e2eSettings } from "./settings";
import { watchWrites } from "./support/database-writes";
import { ACTIONS, type Body, type Caller, fuzzBodies, MALFORMED_IDS, manifestActions } from "./support/fuzz-actions";
import { SESSION_COOKIE, sealSession } from "./support/session";

// Done-when 5 of issue 8: every server action of the build, fed hostile form bodies by a member in
// good standing (an admin for admin actions), answers with a translated refusal, never a 500, and
// changes nothing when it refuses. A log of every table written is read around each call, so this
// file runs in a project of its own, on a server and database of its own (playwright.config.ts).

/** Random bodies per action (FUZZ_RUNS=100 for a deeper run): about 100 actions, N = 5 → about 900 calls with the fixed malformed cases, beside the other tests. */
const N = Number(process.env.FUZZ_RUNS ?? 5);
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const MALFORMED_PER_FIELD = 3;
const NOT_FOUND = "見つかりませんでした。";

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const RAW_KEY = /(^|\s)(errors|field|signIn)\.[a-z_]+|^[a-z_]+(\.[a-z_]+)+$/;
const LEAK =
  /\n\s+at [\w$.<>[\] ]+ \(|node_modules|\/work\/|\.next\/server|\bselect\b[^"\n]{0,200}\bfrom\b|\binsert into\b|syntax error at|violates [a-z ]*constraint|invalid input syntax|PostgresError|drizzle/i;

test.describe.configure({ timeout: 420_000 });

async function sessionCookie(user: { id: string; email: string; name: string }): Promise<string> {
  return `${SESSION_COOKIE}=${await sealSession(user)}`;
}

test("fuzzed input to every server action: no 500, a translated refusal, nothing written", async ({ db }) => {
  const origin = e2eSettings("fuzz").baseURL;
  const callers: Record<Caller, APIRequestContext> = {} as never;
  const as = async (user: { id: string; email: string; name: string }) =>
    playwrightRequest.newContext({ baseURL: origin, extraHTTPHeaders: { Cookie: await sessionCookie(user) } });

  const member = await newMember(db, { name: "ファズ 会員", kana: "ふぁず かいいん" });
  callers.member = await as({ ...member, name: "ファズ 会員" });
  const admin = await newMember(db, { name: "ファズ 管理", kana: "ふぁず かんり" });
  await db
    .update(members)
    .set({ capabilities: ["parent", "supporter", "admin"] })
    .where(eq(members.userId, admin.id));
  callers.admin = await as({ ...admin, name: "ファズ 管理" });
  const [user] = await db
    .insert(users)
    .values({ email: `fuzz.${Date.now()}@example.com`, name: "ファズ" })
    .returning();
  callers.user = await as({ id: user!.id, email: user!.email!, name: "ファズ" });
  for (const c of Object.values(callers)) expect((await (await c.get("/api/auth/session")).json()).user).toBeTruthy();

  const writes = await watchWrites(db);
  const actions = manifestActions();
  const problems: string[] = [];
  let calls = 0;
  let accepted = 0;
  // Tables written by accepted calls: proof that the digests do see a write.
  const writtenOnSuccess = new Set<string>();
  const started = Date.now();

  for (const [index, action] of actions.entries()) {
    const info = ACTIONS[action.name];
    const shape = info?.shape ?? "typed";
    const caller = callers[info?.caller ?? "member"];
    const label = `${action.name} (${action.filename})`;

    // One call: its answer, and (when it refused) the database unchanged.
    const check = async (body: Body, expectError?: string, sent: typeof shape = shape) => {
      // Whatever was written before the call (the clock sweep) is not the call's doing.
      await writes.since();
      const r = await postActionById(caller, action.id, body, { path: action.path, shape: sent, origin });
      calls += 1;
      const input = JSON.stringify(body).slice(0, 300);
      const problem = (what: string) => problems.push(`${label} ${what}; input ${input}`);
      if (r.status >= 500) return problem(`answered ${r.status}: ${r.body.slice(0, 300)}`);
      if (!r.redirect && LEAK.test(r.body)) problem(`leaks internals: ${r.body.match(LEAK)?.[0]}`);
      let refused = !r.redirect;
      if (shape === "typed" && !r.redirect) {
        const result = r.result;
        if (!result || typeof result.ok !== "boolean") return problem(`gave no typed result (${r.status}): ${r.body.slice(0, 200)}`);
        refused = !result.ok;
        if (!result.ok) {
          const messages = [result.error ?? "", ...Object.values(result.fieldErrors ?? {})];
          if (!result.error || !result.fieldErrors) problem(`refused without error and fieldErrors: ${JSON.stringify(result)}`);
          for (const m of messages) {
            if (RAW_KEY.test(m) || (m && !JAPANESE.test(m))) problem(`untranslated message ${JSON.stringify(m)}`);
          }
          if (expectError && result.error !== expectError)
            problem(`said ${JSON.stringify(result.error)}, not ${JSON.stringify(expectError)}`);
        } else if (expectError) problem(`accepted a malformed id: ${JSON.stringify(result)}`);
      } else if (shape === "state" && !r.redirect) {
        const error = (r.state as { error?: string } | null)?.error;
        if (error !== undefined && (RAW_KEY.test(error) || !JAPANESE.test(error))) problem(`untranslated message ${JSON.stringify(error)}`);
      }
      const changed = await writes.since();
      if (!refused) {
        accepted += 1;
        for (const t of changed) writtenOnSuccess.add(t);
      } else if (changed.length) problem(`refused yet changed ${changed.join(", ")}`);
    };

    await test.step(label, async () => {
      for (const body of fuzzBodies(info, N, SEED + index)) await check(body);
      // A hostile client chooses the argument list too: (state, form), (form) or nothing at all.
      for (const sent of ["typed", "form", "none"] as const) if (sent !== shape) await check([["x", "1"]], undefined, sent);
      if (shape === "typed") {
        // Each id field gets a few of the malformed ids, a different few for each (all of them over the action).
        for (const [f, field] of (info?.ids ?? []).entries()) {
          for (let k = 0; k < MALFORMED_PER_FIELD; k++) {
            const bad = MALFORMED_IDS[(index + f * MALFORMED_PER_FIELD + k) % MALFORMED_IDS.length]!;
            // A blank entry in a list of ticked ids, or a blank optional id, is no id at all (lib/care/post/schema.ts).
            const blankAllowed = field.endsWith("[]") || (info?.optionalIds ?? []).includes(field);
            await check([[field, blankAllowed && bad === "" ? "0" : bad]], NOT_FOUND);
          }
        }
      }
    });
  }

  const seconds = (Date.now() - started) / 1000;
  console.log(
    `fuzz: ${actions.length} actions (${actions.filter((a) => !ACTIONS[a.name]).length} with random fields only), ${calls} calls (${accepted} accepted), ${seconds.toFixed(1)} s, seed ${SEED}`,
  );
  for (const c of Object.values(callers)) await c.dispose();
  expect(problems).toEqual([]);
  // rotateLinkAction takes no fields, so some of its calls are accepted and write a new link.
  expect([...writtenOnSuccess]).toContain("connection_tokens");
});
