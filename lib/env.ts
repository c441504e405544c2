import { z } from "zod";

// Every setting Otagai reads. Nothing else in the code base reads process.env.
const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.url().optional(),
    PGLITE_DIR: z.string().default(".data/pglite"),
    AUTH_SECRET: z.string().min(32).optional(),
    AUTH_URL: z.url().optional(),
    AUTH_TRUST_HOST: z.string().optional(),
    SMTP_URL: z.string().optional(),
    MAIL_FROM: z.string().default("Otagai <no-reply@otagai.local>"),
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
    ADULT_AGE: z.coerce.number().int().min(18).max(20).default(18),
    /** Tests create and drop their own databases through this server. */
    TEST_PG_ADMIN_URL: z.url().default("postgres://postgres@127.0.0.1:5432/postgres"),
    PORT: z.coerce.number().int().default(3000),
    /** How often each server stores what the clock decided (expiry, end of care), in milliseconds. */
    CLOCK_SWEEP_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
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
  });

export type Env = z.infer<typeof schema>;

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

/** Development pages (outbox, "sign in as") exist outside production, or when explicitly enabled. */
export function devToolsEnabled(e: Env = env()): boolean {
  if (e.OTAGAI_DEV_TOOLS) return e.OTAGAI_DEV_TOOLS === "1";
  return e.NODE_ENV !== "production";
}
