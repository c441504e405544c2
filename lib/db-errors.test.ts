import { describe, expect, it } from "vitest";
import { describeDbError, describeError, operationOf } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";

const PARAMS = ["山田花子", "090-1234-5678", "2019-04-01", "卵アレルギー"];

/** An error shaped as postgres.js throws it (the driver's query and parameters attached), wrapped by Drizzle. */
function drizzleOverPostgresJs() {
  const driver = Object.assign(new Error('duplicate key value violates unique constraint "members_phone_unique"'), {
    name: "PostgresError",
    code: "23505",
    severity: "ERROR",
    detail: `Key (phone)=(${PARAMS[1]}) already exists.`,
    schema_name: "public",
    table_name: "members",
    constraint_name: "members_phone_unique",
    query: 'insert into "members" ("name", "phone", "birth_date") values ($1, $2, $3)',
    parameters: PARAMS,
  });
  const query = 'insert into "members" ("name", "phone", "birth_date", "notes") values ($1, $2, $3, $4)';
  return Object.assign(new Error(`Failed query: ${query}\nparams: ${PARAMS.join(",")}`), { query, params: PARAMS, cause: driver });
}

/** An error shaped as PGlite throws it. */
function pglite() {
  return Object.assign(new Error(`invalid input syntax for type uuid: "${PARAMS[0]}"`), {
    code: "22P02",
    where: `unnamed portal parameter $1 = '${PARAMS[0]}'`,
    query: 'select "id" from "care_requests" where "id" = $1',
    params: [PARAMS[0]],
  });
}

describe("describeDbError", () => {
  it("keeps the code, operation, table and constraint of a wrapped postgres.js error", () => {
    expect(describeDbError(drizzleOverPostgresJs())).toEqual({
      kind: "database",
      code: "23505",
      operation: "insert members",
      table: "members",
      constraint: "members_phone_unique",
    });
  });

  it("keeps the code and operation of a PGlite error", () => {
    expect(describeDbError(pglite())).toEqual({ kind: "database", code: "22P02", operation: "select care_requests" });
  });

  it.each([
    ["postgres.js through Drizzle", drizzleOverPostgresJs],
    ["PGlite", pglite],
  ])("never lets a parameter through (%s)", (_, make) => {
    const out = JSON.stringify(describeError(make()));
    for (const p of PARAMS) expect(out).not.toContain(p);
  });

  it("takes schema names only: a value sitting where a name should be is dropped", () => {
    const e = Object.assign(new Error("x"), { code: "23514", table: "members", constraint: "山田花子 090-1234-5678", column: "a b" });
    expect(describeDbError(e)).toEqual({ kind: "database", code: "23514", table: "members" });
  });

  it("is undefined for anything that is not a database error", () => {
    expect(describeDbError(new Error("x"))).toBeUndefined();
    expect(describeDbError({ code: "ENOENT" })).toBeUndefined();
    expect(describeDbError("23505")).toBeUndefined();
    expect(describeDbError(null)).toBeUndefined();
  });

  it("follows a cycle of causes without looping", () => {
    const a: Record<string, unknown> = { code: "x" };
    a.cause = a;
    expect(describeDbError(a)).toBeUndefined();
  });
});

describe("operationOf", () => {
  it.each([
    ['insert into "care_requests" ("id") values ($1)', "insert care_requests"],
    ['update "members" set "name" = $1 where "id" = $2', "update members"],
    ['delete from "sessions" where "token" = $1', "delete sessions"],
    ['select "a", "b" from "children" inner join "x" on true where "id" = $1', "select children"],
    ["begin", "begin"],
  ])("%s → %s", (query, operation) => {
    expect(operationOf(query)).toBe(operation);
  });
});

describe("describeError", () => {
  it("gives an AppError's code and key", () => {
    expect(describeError(new AppError("not_found"))).toEqual({ kind: "app", code: "not_found", key: "not_found" });
  });

  it("gives another error's name and stack frames, without the message even over several lines", () => {
    const d = describeError(new RangeError(`bad\n    at ${PARAMS[0]} (evil.js:1:1)\nparams: ${PARAMS.join(",")}`));
    expect(d).toMatchObject({ kind: "error", name: "RangeError" });
    expect(JSON.stringify(d)).not.toMatch(new RegExp(PARAMS.join("|")));
    expect(d.kind === "error" && d.stack?.[0]).toMatch(/^at /);
  });

  it("names the type of anything else thrown", () => {
    expect(describeError("山田花子")).toEqual({ kind: "thrown", type: "string" });
  });
});
