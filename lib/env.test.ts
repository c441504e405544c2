import { describe, expect, it } from "vitest";
import { cardPaymentsEnabled, devToolsEnabled, EnvError, lineEnabled, parseEnv, vapidSettings } from "./env";

const secret = "x".repeat(40);
const key = Buffer.alloc(32, 7).toString("base64");
const prod = {
  NODE_ENV: "production",
  AUTH_SECRET: secret,
  ENCRYPTION_KEY: key,
  AUTH_URL: "https://otagai.example.jp",
  SMTP_URL: "smtps://user:pass@smtp.example.jp:465",
  TWILIO_ACCOUNT_SID: "AC0123456789abcdef0123456789abcdef",
  TWILIO_AUTH_TOKEN: "token",
  SMS_FROM: "+815012345678",
};

describe("parseEnv", () => {
  it("refuses a production start without AUTH_SECRET", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(EnvError);
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: "" })).toThrow(/AUTH_SECRET/);
  });

  it("reads QUIET_HOURS with the runner's own parser: a window of two equal times is refused, not silently off", () => {
    expect(parseEnv({}).QUIET_HOURS).toBe("21:00-07:00");
    expect(parseEnv({ QUIET_HOURS: "off" }).QUIET_HOURS).toBe("off");
    expect(parseEnv({ QUIET_HOURS: "22:00-06:30" }).QUIET_HOURS).toBe("22:00-06:30");
    expect(() => parseEnv({ QUIET_HOURS: "21:00-21:00" })).toThrow(/QUIET_HOURS/);
    expect(() => parseEnv({ QUIET_HOURS: "9pm-7am" })).toThrow(/QUIET_HOURS/);
  });

  it("starts production without push or LINE (both off), and takes each setting whole or not at all", () => {
    const vapid = {
      VAPID_PUBLIC_KEY: Buffer.alloc(65, 4).toString("base64url"),
      VAPID_PRIVATE_KEY: Buffer.alloc(32, 1).toString("base64url"),
    };
    expect(vapidSettings(parseEnv(prod))).toBeNull();
    expect(lineEnabled(parseEnv(prod))).toBe(false);
    expect(() => parseEnv({ ...prod, ...vapid })).toThrow(/VAPID_SUBJECT is required in production/);
    expect(vapidSettings(parseEnv({ ...prod, ...vapid, VAPID_SUBJECT: "mailto:ops@otagai.example.jp" }))?.subject).toBe(
      "mailto:ops@otagai.example.jp",
    );
    expect(() => parseEnv({ VAPID_PUBLIC_KEY: vapid.VAPID_PUBLIC_KEY })).toThrow(/VAPID_PRIVATE_KEY is missing/);
    expect(() => parseEnv({ ...vapid, VAPID_PUBLIC_KEY: "short" })).toThrow(/VAPID_PUBLIC_KEY/);
    expect(() => parseEnv({ LINE_CHANNEL_ACCESS_TOKEN: "t" })).toThrow(/LINE_CHANNEL_SECRET is missing/);
    const line = { LINE_CHANNEL_ACCESS_TOKEN: "t", LINE_CHANNEL_SECRET: "s" };
    // Members link LINE through LINE Login: without it LINE stays hidden.
    expect(lineEnabled(parseEnv(line))).toBe(false);
    expect(lineEnabled(parseEnv({ ...line, AUTH_LINE_ID: "1", AUTH_LINE_SECRET: "2" }))).toBe(true);
  });

  it("refuses a short AUTH_SECRET", () => {
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET/);
  });

  it("accepts production with a secret and development without one", () => {
    expect(parseEnv(prod).AUTH_SECRET).toBe(secret);
    expect(parseEnv({ NODE_ENV: "development" }).AUTH_SECRET).toBeUndefined();
  });

  it("refuses a production start without a 32-byte ENCRYPTION_KEY", () => {
    expect(() => parseEnv({ ...prod, ENCRYPTION_KEY: undefined })).toThrow(/ENCRYPTION_KEY/);
    expect(() => parseEnv({ ...prod, ENCRYPTION_KEY: Buffer.alloc(16).toString("base64") })).toThrow(/ENCRYPTION_KEY/);
  });

  it("refuses a production start without AUTH_URL, naming it", () => {
    expect(() => parseEnv({ ...prod, AUTH_URL: undefined })).toThrow(/AUTH_URL is required in production/);
    expect(() => parseEnv({ ...prod, AUTH_URL: "" })).toThrow(/AUTH_URL/);
  });

  it("refuses a plain-http AUTH_URL in production, except on localhost", () => {
    expect(() => parseEnv({ ...prod, AUTH_URL: "http://otagai.example.jp" })).toThrow(/AUTH_URL must be an https/);
    expect(parseEnv({ ...prod, AUTH_URL: "http://localhost:3100" }).AUTH_URL).toBe("http://localhost:3100");
    expect(parseEnv({ ...prod, AUTH_URL: "http://127.0.0.1:3000" }).AUTH_URL).toBe("http://127.0.0.1:3000");
    expect(() => parseEnv({ ...prod, AUTH_URL: "not a url" })).toThrow(/AUTH_URL/);
  });

  it("refuses a production start with OTAGAI_DEV_TOOLS=1, naming it", () => {
    expect(() => parseEnv({ ...prod, OTAGAI_DEV_TOOLS: "1" })).toThrow(/OTAGAI_DEV_TOOLS=1 is refused in production/);
    expect(parseEnv({ ...prod, OTAGAI_DEV_TOOLS: "0" }).OTAGAI_DEV_TOOLS).toBe("0");
  });

  it("refuses a production start without SMTP_URL (e-mail sign-in needs a mail server), naming it", () => {
    expect(() => parseEnv({ ...prod, SMTP_URL: undefined })).toThrow(/SMTP_URL is required in production/);
  });

  it("names every wrong production setting at once", () => {
    try {
      parseEnv({ NODE_ENV: "production", OTAGAI_DEV_TOOLS: "1" });
      expect.unreachable();
    } catch (e) {
      const names = (e as EnvError).issues.map((i) => i.split(":")[0]);
      expect(names.sort()).toEqual([
        "AUTH_SECRET",
        "AUTH_URL",
        "ENCRYPTION_KEY",
        "OTAGAI_DEV_TOOLS",
        "SMS_FROM",
        "SMTP_URL",
        "TWILIO_ACCOUNT_SID",
        "TWILIO_AUTH_TOKEN",
      ]);
    }
  });

  it.each([
    ["AUTH_SECRET", undefined],
    ["ENCRYPTION_KEY", undefined],
    ["AUTH_URL", undefined],
    ["AUTH_URL", "http://otagai.example.jp"],
    ["OTAGAI_DEV_TOOLS", "1"],
    ["SMTP_URL", undefined],
    ["TWILIO_ACCOUNT_SID", undefined],
    ["TWILIO_AUTH_TOKEN", undefined],
    ["SMS_FROM", undefined],
  ])("one wrong production setting (%s = %s) is named alone", (name, value) => {
    try {
      parseEnv({ ...prod, [name]: value });
      expect.unreachable();
    } catch (e) {
      expect((e as EnvError).issues.map((i) => i.split(":")[0])).toEqual([name]);
    }
  });

  it("refuses a production start without the SMS provider, naming each missing setting", () => {
    expect(() => parseEnv({ ...prod, TWILIO_ACCOUNT_SID: undefined })).toThrow(/TWILIO_ACCOUNT_SID is required in production/);
    expect(() => parseEnv({ ...prod, TWILIO_AUTH_TOKEN: "" })).toThrow(/TWILIO_AUTH_TOKEN is required in production/);
    expect(() => parseEnv({ ...prod, SMS_FROM: undefined })).toThrow(/SMS_FROM is required in production/);
    expect(parseEnv(prod).SMS_API_URL).toBe("https://api.twilio.com");
  });

  it("takes the SMS provider's settings together or not at all, and its URL as http(s) only", () => {
    expect(parseEnv({ NODE_ENV: "development" }).TWILIO_ACCOUNT_SID).toBeUndefined();
    expect(() => parseEnv({ NODE_ENV: "development", TWILIO_ACCOUNT_SID: "AC1" })).toThrow(/TWILIO_AUTH_TOKEN is missing/);
    expect(() => parseEnv({ ...prod, SMS_API_URL: "ftp://sms.example.jp" })).toThrow(/SMS_API_URL/);
    expect(parseEnv({ ...prod, SMS_API_URL: "http://127.0.0.1:4010" }).SMS_API_URL).toBe("http://127.0.0.1:4010");
  });

  it("asks nothing of development: no AUTH_URL, no SMTP_URL, dev tools on", () => {
    expect(parseEnv({ NODE_ENV: "development", OTAGAI_DEV_TOOLS: "1" }).AUTH_URL).toBeUndefined();
  });

  it("accepts AUTH_TRUST_HOST only as true/false/1/0", () => {
    expect(parseEnv({ AUTH_TRUST_HOST: "true" }).AUTH_TRUST_HOST).toBe("true");
    expect(() => parseEnv({ AUTH_TRUST_HOST: "yes please" })).toThrow(/AUTH_TRUST_HOST/);
  });

  it("rejects a malformed DATABASE_URL", () => {
    expect(() => parseEnv({ DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL/);
  });

  it("defaults the adult age to 18 and allows 20", () => {
    expect(parseEnv({}).ADULT_AGE).toBe(18);
    expect(parseEnv({ ADULT_AGE: "20" }).ADULT_AGE).toBe(20);
    expect(() => parseEnv({ ADULT_AGE: "16" })).toThrow(EnvError);
  });
});

describe("devToolsEnabled", () => {
  it("is off in production (enabling it there is refused above)", () => {
    expect(devToolsEnabled(parseEnv(prod))).toBe(false);
    expect(devToolsEnabled(parseEnv({ ...prod, OTAGAI_DEV_TOOLS: "0" }))).toBe(false);
  });

  it("is on in development unless explicitly disabled", () => {
    expect(devToolsEnabled(parseEnv({ NODE_ENV: "development" }))).toBe(true);
    expect(devToolsEnabled(parseEnv({ NODE_ENV: "development", OTAGAI_DEV_TOOLS: "0" }))).toBe(false);
  });
});

describe("Stripe settings", () => {
  const key = "sk_test_51Abc";
  const whsec = "whsec_abc123";

  it("are optional: without a key card payments are off", () => {
    expect(cardPaymentsEnabled(parseEnv(prod))).toBe(false);
    expect(cardPaymentsEnabled(parseEnv({}))).toBe(false);
  });

  it("turn card payments on with a key and a webhook secret together", () => {
    expect(cardPaymentsEnabled(parseEnv({ ...prod, STRIPE_SECRET_KEY: key, STRIPE_WEBHOOK_SECRET: whsec }))).toBe(true);
    expect(() => parseEnv({ STRIPE_SECRET_KEY: key })).toThrow(/STRIPE_WEBHOOK_SECRET is required/);
    expect(() => parseEnv({ STRIPE_WEBHOOK_SECRET: whsec })).toThrow(/STRIPE_SECRET_KEY is missing/);
  });

  it("refuse what is not a key, a signing secret or an address", () => {
    expect(() => parseEnv({ STRIPE_SECRET_KEY: "pk_test_abc", STRIPE_WEBHOOK_SECRET: whsec })).toThrow(/STRIPE_SECRET_KEY/);
    expect(() => parseEnv({ STRIPE_SECRET_KEY: key, STRIPE_WEBHOOK_SECRET: "secret" })).toThrow(/STRIPE_WEBHOOK_SECRET/);
    expect(() => parseEnv({ STRIPE_API_URL: "ftp://127.0.0.1" })).toThrow(/STRIPE_API_URL/);
  });

  it("allow a plain-http API only on this machine in production", () => {
    const on = { ...prod, STRIPE_SECRET_KEY: key, STRIPE_WEBHOOK_SECRET: whsec };
    expect(parseEnv({ ...on, STRIPE_API_URL: "http://127.0.0.1:12111" }).STRIPE_API_URL).toBe("http://127.0.0.1:12111");
    expect(() => parseEnv({ ...on, STRIPE_API_URL: "http://stripe.example.jp" })).toThrow(/STRIPE_API_URL must be https/);
  });
});
