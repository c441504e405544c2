import { z } from "zod";
import { parseQuietHours } from "./notify/quiet-hours";

// Every setting Otagai reads. Nothing else in the code base reads process.env.
const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.url().optional(),
    PGLITE_DIR: z.string().default(".data/pglite"),
    AUTH_SECRET: z.string().min(32).optional(),
    AUTH_URL: z.url().optional(),
    /** Auth.js may take the host from the request (development behind a tunnel only; production uses AUTH_URL). */
    AUTH_TRUST_HOST: z.enum(["true", "false", "1", "0"]).optional(),
    SMTP_URL: z.string().optional(),
    /** "1" when a proxy of ours appends the client's address to X-Forwarded-For (per-address rate limits use its last entry). */
    TRUST_PROXY: z.enum(["0", "1"]).optional(),
    MAIL_FROM: z.string().default("Otagai <no-reply@otagai.local>"),
    /** A Twilio-compatible SMS API: one-time codes for phone verification (lib/notify/sms.ts). */
    SMS_API_URL: z.url({ protocol: /^https?$/ }).default("https://api.twilio.com"),
    TWILIO_ACCOUNT_SID: z.string().optional(),
    TWILIO_AUTH_TOKEN: z.string().optional(),
    /** The sender: a number in E.164 (+815012345678) or an alphanumeric sender id the provider allows. */
    SMS_FROM: z.string().optional(),
    /** Card payments (Stripe Connect). Without a key the card option is hidden and settlement is cash only. */
    STRIPE_SECRET_KEY: z
      .string()
      .regex(/^(sk|rk)_(test|live)_\w+$/, "must be a Stripe secret key (sk_test_… or sk_live_…)")
      .optional(),
    /** The signing secret of the platform endpoint (/api/stripe/webhook), whsec_…. */
    STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_", "must be a webhook signing secret (whsec_…)").optional(),
    /** The signing secret of the Connect endpoint (/api/stripe/connect-webhook), whsec_…; the platform's when unset. */
    STRIPE_CONNECT_WEBHOOK_SECRET: z.string().startsWith("whsec_", "must be a webhook signing secret (whsec_…)").optional(),
    /** Where the Stripe API is (tests point it at a local stand-in); Stripe's own address when unset. */
    STRIPE_API_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** Web push (VAPID): the key pair, base64url (`npx web-push generate-vapid-keys`); without them push is off. Local ones are generated outside production. */
    VAPID_PUBLIC_KEY: z
      .string()
      .refine((k) => Buffer.from(k, "base64url").length === 65, "must be a VAPID public key (65 bytes, base64url)")
      .optional(),
    VAPID_PRIVATE_KEY: z
      .string()
      .refine((k) => Buffer.from(k, "base64url").length === 32, "must be a VAPID private key (32 bytes, base64url)")
      .optional(),
    /** Who push services may contact about our pushes: a mailto: or https: address. */
    VAPID_SUBJECT: z
      .string()
      .regex(/^(mailto:|https:\/\/)\S+$/, "must be a mailto: or https:// address")
      .optional(),
    /** LINE Messaging API (the official account): notices to members who linked LINE and added the account. */
    LINE_CHANNEL_ACCESS_TOKEN: z.string().optional(),
    /** Checks the X-Line-Signature of /api/line/webhook. */
    LINE_CHANNEL_SECRET: z.string().optional(),
    /** Where the Messaging API is (tests point it at a local stand-in); LINE's own address when unset. */
    LINE_API_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** The official account's "add friend" link (https://line.me/R/ti/p/@…), shown to members who linked LINE. */
    LINE_ADD_FRIEND_URL: z.url({ protocol: /^https$/ }).optional(),
    AUTH_LINE_ID: z.string().optional(),
    AUTH_LINE_SECRET: z.string().optional(),
    AUTH_GOOGLE_ID: z.string().optional(),
    AUTH_GOOGLE_SECRET: z.string().optional(),
    OTAGAI_DEV_TOOLS: z.enum(["0", "1"]).optional(),
    /** 32 random bytes, base64: seals children's health details at rest. */
    ENCRYPTION_KEY: z
      .string()
      .refine((k) => Buffer.from(k, "base64").length === 32, "must be 32 bytes, base64-encoded (`openssl rand -base64 32`)")
      .optional(),
    /** Keys ENCRYPTION_KEY replaced, comma-separated: they still open what they sealed until `npm run keys:rotate` has run. */
    ENCRYPTION_KEYS_PREVIOUS: z
      .string()
      .transform((list) =>
        list
          .split(",")
          .map((k) => k.trim())
          .filter(Boolean),
      )
      .refine((keys) => keys.every((k) => Buffer.from(k, "base64").length === 32), "each key must be 32 bytes, base64-encoded")
      .optional(),
    ADULT_AGE: z.coerce.number().int().min(18).max(20).default(18),
    /** Where the database is hosted (ISO 3166 country code): the privacy notice names it. */
    DATA_COUNTRY: z
      .string()
      .regex(/^[A-Z]{2}$/, "DATA_COUNTRY must be a two-letter country code (ISO 3166), e.g. JP")
      .default("JP"),
    /** Connections each app server keeps open to PostgreSQL: a page's queries run side by side on them. */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    /** Tests create and drop their own databases through this server. */
    TEST_PG_ADMIN_URL: z.url().default("postgres://postgres@127.0.0.1:5432/postgres"),
    PORT: z.coerce.number().int().default(3000),
    /** How often the job runner stores what the clock decided (expiry, end of care, reminders), in milliseconds. */
    CLOCK_SWEEP_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
    /** "0": this app server runs no background jobs (`npm run worker` runs them beside it). */
    JOBS_IN_APP: z.enum(["0", "1"]).default("1"),
    /** How often the job runner looks for due deliveries and tasks, in milliseconds. */
    JOBS_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
    /** How long a runner holds the deliveries it claimed; a runner that dies gives them back after it. */
    JOBS_LEASE_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
    /** Tokyo wall-clock window in which notice e-mails wait for its end ("21:00-07:00"), or "off". */
    QUIET_HOURS: z
      .string()
      .default("21:00-07:00")
      // The runner reads it with the same function, so a setting accepted here is never "off" by accident.
      .refine((v) => parseQuietHours(v) !== null, 'must be "HH:MM-HH:MM" (Tokyo time, two different times) or "off"'),
    /** Deliveries claimed at once. */
    JOBS_BATCH: z.coerce.number().int().min(1).max(1000).default(50),
    /** The least severe log line written (JSON on standard output). Unset: "info", or "silent" under tests. */
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "AUTH_SECRET is required in production (at least 32 characters; generate one with `openssl rand -base64 33`).",
      });
    }
    if (env.NODE_ENV === "production" && !env.ENCRYPTION_KEY) {
      ctx.addIssue({
        code: "custom",
        path: ["ENCRYPTION_KEY"],
        message: "ENCRYPTION_KEY is required in production (generate one with `openssl rand -base64 32`).",
      });
    }
    if (env.NODE_ENV === "production") {
      for (const issue of productionIssues(env)) ctx.addIssue({ code: "custom", ...issue });
    } else {
      for (const issue of smsIssues(env, false)) ctx.addIssue({ code: "custom", ...issue });
    }
    for (const issue of stripeIssues(env)) ctx.addIssue({ code: "custom", ...issue });
    for (const issue of channelIssues(env)) ctx.addIssue({ code: "custom", ...issue });
  });

export type Env = z.infer<typeof schema>;

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * What production refuses, naming the setting: sign-in links, "sign in as" and the public address
 * must never depend on a request's headers or on a forgotten development default.
 */
function productionIssues(e: Pick<Env, "AUTH_URL" | "SMTP_URL" | "OTAGAI_DEV_TOOLS" | SmsSetting>): { path: string[]; message: string }[] {
  const issues: { path: string[]; message: string }[] = [];
  if (!e.AUTH_URL) {
    issues.push({
      path: ["AUTH_URL"],
      message:
        "AUTH_URL is required in production: the public address, e.g. https://otagai.example.jp (sign-in links are built from it, never from the request).",
    });
  } else if (URL.canParse(e.AUTH_URL)) {
    const url = new URL(e.AUTH_URL);
    if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(url.hostname))) {
      issues.push({ path: ["AUTH_URL"], message: "AUTH_URL must be an https:// address in production (plain http only on localhost)." });
    }
  }
  if (e.OTAGAI_DEV_TOOLS === "1") {
    issues.push({
      path: ["OTAGAI_DEV_TOOLS"],
      message: 'OTAGAI_DEV_TOOLS=1 is refused in production: it lets anyone "sign in as" any member. Remove it (or set 0).',
    });
  }
  // E-mail sign-in is always offered, so production needs a real mail server.
  if (!e.SMTP_URL) {
    issues.push({
      path: ["SMTP_URL"],
      message:
        "SMTP_URL is required in production: e-mail sign-in sends its links by mail (without it they would only be kept in the database outbox).",
    });
  }
  issues.push(...smsIssues(e, true));
  return issues;
}

const SMS_SETTINGS = ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "SMS_FROM"] as const;
type SmsSetting = (typeof SMS_SETTINGS)[number];

/**
 * The SMS provider's settings come together or not at all; production needs them, since phone
 * numbers are verified by a code sent by SMS (elsewhere the codes go to the development outbox).
 */
function smsIssues(e: Pick<Env, SmsSetting>, required: boolean): { path: string[]; message: string }[] {
  const missing = SMS_SETTINGS.filter((name) => !e[name]);
  if (missing.length === 0 || (!required && missing.length === SMS_SETTINGS.length)) return [];
  return missing.map((name) => ({
    path: [name],
    message: required
      ? `${name} is required in production: phone numbers are verified by a code sent by SMS (set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and SMS_FROM for a Twilio-compatible API at SMS_API_URL).`
      : `${name} is missing: the SMS provider needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and SMS_FROM together (or none of them, to keep codes in the development outbox).`,
  }));
}

/**
 * A key without a webhook secret would take payments whose webhooks could never be checked, so
 * nothing would ever be marked paid; production refuses a plain-http API address off this machine.
 */
function stripeIssues(e: Pick<Env, "NODE_ENV" | "STRIPE_SECRET_KEY" | "STRIPE_WEBHOOK_SECRET" | "STRIPE_API_URL">): {
  path: string[];
  message: string;
}[] {
  const issues: { path: string[]; message: string }[] = [];
  if (e.STRIPE_SECRET_KEY && !e.STRIPE_WEBHOOK_SECRET) {
    issues.push({
      path: ["STRIPE_WEBHOOK_SECRET"],
      message: "STRIPE_WEBHOOK_SECRET is required with STRIPE_SECRET_KEY: card payments are marked paid from signed webhooks (whsec_…).",
    });
  }
  if (!e.STRIPE_SECRET_KEY && e.STRIPE_WEBHOOK_SECRET) {
    issues.push({ path: ["STRIPE_SECRET_KEY"], message: "STRIPE_SECRET_KEY is missing: STRIPE_WEBHOOK_SECRET alone turns nothing on." });
  }
  if (e.NODE_ENV === "production" && e.STRIPE_API_URL && URL.canParse(e.STRIPE_API_URL)) {
    const url = new URL(e.STRIPE_API_URL);
    if (url.protocol !== "https:" && !LOOPBACK.has(url.hostname)) {
      issues.push({
        path: ["STRIPE_API_URL"],
        message: "STRIPE_API_URL must be https:// in production (plain http only on localhost, for tests).",
      });
    }
  }
  return issues;
}

/**
 * Push and LINE are optional in production too (off when unset), but half a setting is refused:
 * a key pair comes whole, and LINE needs both its token (to send) and its secret (to check webhooks).
 */
function channelIssues(
  e: Pick<
    Env,
    "NODE_ENV" | "VAPID_PUBLIC_KEY" | "VAPID_PRIVATE_KEY" | "VAPID_SUBJECT" | "LINE_CHANNEL_ACCESS_TOKEN" | "LINE_CHANNEL_SECRET"
  >,
): { path: string[]; message: string }[] {
  const issues: { path: string[]; message: string }[] = [];
  if (Boolean(e.VAPID_PUBLIC_KEY) !== Boolean(e.VAPID_PRIVATE_KEY)) {
    const missing = e.VAPID_PUBLIC_KEY ? "VAPID_PRIVATE_KEY" : "VAPID_PUBLIC_KEY";
    issues.push({
      path: [missing],
      message: `${missing} is missing: web push needs VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY together (or neither, for no push).`,
    });
  }
  if (e.NODE_ENV === "production" && e.VAPID_PUBLIC_KEY && !e.VAPID_SUBJECT) {
    issues.push({
      path: ["VAPID_SUBJECT"],
      message: "VAPID_SUBJECT is required in production with the VAPID keys: a mailto: or https:// address push services can reach us at.",
    });
  }
  if (Boolean(e.LINE_CHANNEL_ACCESS_TOKEN) !== Boolean(e.LINE_CHANNEL_SECRET)) {
    const missing = e.LINE_CHANNEL_ACCESS_TOKEN ? "LINE_CHANNEL_SECRET" : "LINE_CHANNEL_ACCESS_TOKEN";
    issues.push({
      path: [missing],
      message: `${missing} is missing: LINE needs LINE_CHANNEL_ACCESS_TOKEN and LINE_CHANNEL_SECRET together (or neither, for no LINE).`,
    });
  }
  return issues;
}

/** The web push key pair and contact, when push is on (keys set, or generated locally outside production). */
export function vapidSettings(
  e: Pick<Env, "VAPID_PUBLIC_KEY" | "VAPID_PRIVATE_KEY" | "VAPID_SUBJECT"> = env(),
): { publicKey: string; privateKey: string; subject: string } | null {
  if (!e.VAPID_PUBLIC_KEY || !e.VAPID_PRIVATE_KEY) return null;
  return { publicKey: e.VAPID_PUBLIC_KEY, privateKey: e.VAPID_PRIVATE_KEY, subject: e.VAPID_SUBJECT ?? "mailto:no-reply@otagai.local" };
}

/**
 * LINE is offered when the official account is configured and members can link their LINE account
 * (LINE Login, the same provider: its user id is the one the Messaging API sends to).
 */
export function lineEnabled(e: Env = env()): boolean {
  return Boolean(e.LINE_CHANNEL_ACCESS_TOKEN && e.LINE_CHANNEL_SECRET && e.AUTH_LINE_ID && e.AUTH_LINE_SECRET);
}

/** Card payments are offered only when a Stripe key is set (the embedded default has none). */
export function cardPaymentsEnabled(e: Env = env()): boolean {
  return Boolean(e.STRIPE_SECRET_KEY && e.STRIPE_WEBHOOK_SECRET);
}

export class EnvError extends Error {
  constructor(public readonly issues: string[]) {
    super(`Invalid environment:\n  - ${issues.join("\n  - ")}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Development pages (outbox, "sign in as") exist outside production only (production refuses OTAGAI_DEV_TOOLS=1). */
export function devToolsEnabled(e: Env = env()): boolean {
  if (e.OTAGAI_DEV_TOOLS) return e.OTAGAI_DEV_TOOLS === "1";
  return e.NODE_ENV !== "production";
}
