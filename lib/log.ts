import pino, { type DestinationStream, type Level, type Logger } from "pino";
import { describeError } from "@/lib/db-errors";
import { type Env, env } from "@/lib/env";

// The one logger: one JSON object a line on standard output. Whatever is passed in is scrubbed
// before it is written: a field whose name says it may hold personal data (a name, a phone, an
// e-mail, a birth date, an address, free text, a token, a cookie, an authorization header, query
// parameters) is replaced at any depth, e-mail addresses and phone numbers are masked in every
// other string, and anything thrown is reduced to describeError (a code, never a message).
// Log ids, never people.

const REDACTED = "[redacted]";
const MAX_DEPTH = 6;
const MAX_ITEMS = 50;

/** Field names (lower case, letters and digits only) that always hold personal data or secrets. */
const PERSONAL_KEYS = new Set([
  "kana",
  "tel",
  "telephone",
  "mobile",
  "dob",
  "birthday",
  "street",
  "postalcode",
  "postcode",
  "zip",
  "place",
  "placenote",
  "pickupplace",
  "dropoffplace",
  "note",
  "notes",
  "text",
  "body",
  "message",
  "comment",
  "comments",
  "description",
  "reason",
  "detail",
  "details",
  "label",
  "allergy",
  "allergies",
  "medication",
  "medications",
  "contacts",
  "health",
  "q",
  "search",
  "digits",
  "otp",
  "params",
  "parameters",
  "query",
  "sql",
]);
/** Parts of field names that mark personal data or secrets wherever they occur ("parentName", "x-auth-token"). */
const PERSONAL_PARTS = ["name", "phone", "mail", "birth", "address", "token", "cookie", "secret", "password", "authorization", "sealed"];
/** Fields holding something thrown: reduced to describeError. */
const ERROR_KEYS = new Set(["err", "error"]);

const EMAIL = /[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[^\s@"'<>(),;:]+/g;
// Japanese phone numbers (090-1234-5678, 03 1234 5678, +81 90…), not digits inside ids.
const PHONE = /(?<![\w-])(?:\+81[- ]?|0)\d{1,4}[- ]?\d{1,4}[- ]?\d{3,4}(?![\w-])/g;

export function isPersonalKey(key: string): boolean {
  const k = key.toLowerCase().replace(/[^a-z0-9]/g, "");
  return PERSONAL_KEYS.has(k) || PERSONAL_PARTS.some((part) => k.includes(part));
}

function scrubString(s: string): string {
  return s.replace(EMAIL, REDACTED).replace(PHONE, REDACTED);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** A copy of `value` with personal data removed (see the top of this file). */
export function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return scrubString(value);
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Error) return describeError(value);
  if (value instanceof Date) return value;
  if (depth >= MAX_DEPTH) return REDACTED;
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((v) => scrub(v, depth + 1));
  if (!isPlainObject(value)) return `[${value.constructor?.name ?? "object"}]`;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (ERROR_KEYS.has(key)) out[key] = describeError(v);
    else if (isPersonalKey(key)) out[key] = v === undefined || v === null ? v : REDACTED;
    else out[key] = scrub(v, depth + 1);
  }
  return out;
}

const keep = (v: unknown) => v;

function levelFrom(settings: () => Env): Level | "silent" {
  try {
    const e = settings();
    return e.LOG_LEVEL ?? (e.NODE_ENV === "test" ? "silent" : "info");
  } catch {
    // Invalid settings are reported through this very logger (lib/startup.ts).
    return "info";
  }
}

/** A logger writing to `destination` (standard output by default); tests pass their own. */
export function createLogger(level: Level | "silent", destination?: DestinationStream): Logger {
  const options = {
    level,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: {
      level: (label: string) => ({ level: label }),
      log: (object: Record<string, unknown>) => scrub(object) as Record<string, unknown>,
    },
    // Already reduced by formatters.log, which runs first: pino's own error serializer would copy the message back.
    serializers: { err: keep, error: keep, msg: (m: unknown) => (typeof m === "string" ? scrubString(m) : m) },
    hooks: {
      // Without a message pino would take the error's own: always give one.
      logMethod(this: Logger, args: unknown[], method: (...a: unknown[]) => void) {
        const [first, second] = args;
        const thrown = first instanceof Error || (typeof first === "object" && first !== null && "err" in first);
        if (thrown && typeof second !== "string") return method.call(this, first, "error");
        return method.apply(this, args);
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

const holder = globalThis as unknown as { __otagaiLogger?: Logger };

/** The app's logger, created on first use with LOG_LEVEL. */
export function logger(): Logger {
  holder.__otagaiLogger ??= createLogger(levelFrom(env));
  return holder.__otagaiLogger;
}

export type SecurityEvent =
  | "security.sign_in"
  | "security.access_denied"
  | "security.digits_lockout"
  | "security.rate_limited"
  | "security.care_details_viewed"
  | "security.phone_verified"
  | "security.member_suspended"
  | "security.member_reinstated";

const WARNINGS: ReadonlySet<SecurityEvent> = new Set(["security.access_denied", "security.digits_lockout", "security.rate_limited"]);

/** One security event: its name and ids (members, cares, requests), never a person's data. */
export function securityEvent(
  event: SecurityEvent,
  ids: Record<string, string | number | boolean | null | undefined>,
  to: Logger = logger(),
): void {
  const line = { ...ids, event };
  if (WARNINGS.has(event)) to.warn(line, event);
  else to.info(line, event);
}
