import { describe, expect, it } from "vitest";
import { devToolsEnabled, EnvError, parseEnv } from "./env";

const secret = "x".repeat(40);
const key = Buffer.alloc(32, 7).toString("base64");
const prod = { NODE_ENV: "production", AUTH_SECRET: secret, ENCRYPTION_KEY: key };

describe("parseEnv", () => {
  it("refuses a production start without AUTH_SECRET", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(EnvError);
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: "" })).toThrow(/AUTH_SECRET/);
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
  it("is off in production unless explicitly enabled", () => {
    expect(devToolsEnabled(parseEnv(prod))).toBe(false);
    expect(devToolsEnabled(parseEnv({ ...prod, OTAGAI_DEV_TOOLS: "1" }))).toBe(true);
  });

  it("is on in development unless explicitly disabled", () => {
    expect(devToolsEnabled(parseEnv({ NODE_ENV: "development" }))).toBe(true);
    expect(devToolsEnabled(parseEnv({ NODE_ENV: "development", OTAGAI_DEV_TOOLS: "0" }))).toBe(false);
  });
});
