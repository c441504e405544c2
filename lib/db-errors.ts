import { isAppError } from "@/lib/errors";

// What may be logged of something thrown. Database errors carry the query's parameters (names,
// phones, birth dates, incident text): Drizzle puts them in its message ("Failed query: …
// params: …"), postgres.js and PGlite attach them to the error, and PostgreSQL's own `detail`
// repeats the offending values ("Key (phone)=(090…) already exists"). So nothing is copied from an
// error except fields known to hold no data: codes and schema names. Messages are never logged.

export interface DbErrorDescription {
  kind: "database";
  /** The SQLSTATE, e.g. "23505" for a unique violation. */
  code: string;
  /** The failing statement's verb and first table, e.g. "insert care_requests", when known. */
  operation?: string;
  table?: string;
  constraint?: string;
  column?: string;
}

export type ErrorDescription =
  | DbErrorDescription
  | { kind: "app"; code: string; key: string }
  | { kind: "error"; name: string; stack?: string[] }
  | { kind: "thrown"; type: string };

const SQLSTATE = /^[0-9A-Z]{5}$/;
const IDENTIFIER = /^[a-z_][a-z0-9_$]{0,62}$/i;
const MAX_CAUSES = 5;

type Fields = Record<string, unknown>;

const isObject = (v: unknown): v is Fields => typeof v === "object" && v !== null;

/** The error itself and its causes (Drizzle wraps the driver's error in `cause`). */
function chain(e: unknown): Fields[] {
  const out: Fields[] = [];
  let current: unknown = e;
  while (isObject(current) && out.length < MAX_CAUSES && !out.includes(current)) {
    out.push(current);
    // Auth.js keeps the original error in `cause.err`.
    current = current.cause ?? current.err;
  }
  return out;
}

/** A schema name (table, constraint, column) or nothing: never a value that merely sits in that field. */
function identifier(...candidates: unknown[]): string | undefined {
  for (const c of candidates) if (typeof c === "string" && IDENTIFIER.test(c)) return c;
  return undefined;
}

const VERBS: [RegExp, string][] = [
  [/^\s*insert\s+into\s+"?([\w$]+)"?/i, "insert"],
  [/^\s*update\s+"?([\w$]+)"?/i, "update"],
  [/^\s*delete\s+from\s+"?([\w$]+)"?/i, "delete"],
  [/^\s*select\b[\s\S]*?\bfrom\s+"?([\w$]+)"?/i, "select"],
];

/** "insert care_requests" from the statement's text (never from its parameters). */
export function operationOf(query: unknown): string | undefined {
  if (typeof query !== "string") return undefined;
  for (const [pattern, verb] of VERBS) {
    const table = identifier(pattern.exec(query)?.[1]);
    if (table) return `${verb} ${table}`;
  }
  const first = /^\s*([a-z]+)/i.exec(query)?.[1];
  return first ? first.toLowerCase() : undefined;
}

/**
 * The safe fields of a database error (PostgreSQL through postgres.js or PGlite, possibly wrapped
 * by Drizzle), or undefined when `e` is not one.
 */
export function describeDbError(e: unknown): DbErrorDescription | undefined {
  const errors = chain(e);
  const driver = errors.find((x) => typeof x.code === "string" && SQLSTATE.test(x.code));
  if (!driver) return undefined;
  const query = errors.map((x) => x.query).find((q) => typeof q === "string");
  const description: DbErrorDescription = { kind: "database", code: driver.code as string };
  const operation = operationOf(query);
  const table = identifier(driver.table_name, driver.table);
  const constraint = identifier(driver.constraint_name, driver.constraint);
  const column = identifier(driver.column_name, driver.column);
  if (operation) description.operation = operation;
  if (table) description.table = table;
  if (constraint) description.constraint = constraint;
  if (column) description.column = column;
  return description;
}

/**
 * The stack's frames without its head, which is the message ("Name: message", possibly over several
 * lines). The head is cut off exactly; a stack that does not start with it is not logged at all.
 */
function framesOf(e: Error): string[] | undefined {
  const head = e.message ? `${e.name}: ${e.message}` : e.name;
  if (typeof e.stack !== "string" || !e.stack.startsWith(`${head}\n`)) return undefined;
  const frames = e.stack
    .slice(head.length + 1)
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.startsWith("at "));
  return frames.length ? frames.slice(0, 10) : undefined;
}

/** Anything thrown, reduced to what may be logged: a database error's code, an AppError's code, or an error's name and frames. */
export function describeError(e: unknown): ErrorDescription {
  if (isAppError(e)) return { kind: "app", code: e.code, key: e.messageKey };
  const db = describeDbError(e);
  if (db) return db;
  if (e instanceof Error) {
    const stack = framesOf(e);
    return stack ? { kind: "error", name: identifier(e.name) ?? "Error", stack } : { kind: "error", name: identifier(e.name) ?? "Error" };
  }
  return { kind: "thrown", type: e === null ? "null" : typeof e };
}
