import { describe, expect, it } from "vitest";
import { trustHost } from "./auth.config";

describe("trustHost", () => {
  it("is on when AUTH_URL fixes the origin (always, in production): the request's host is never read", () => {
    expect(trustHost({ NODE_ENV: "production", AUTH_URL: "https://otagai.example.jp" })).toBe(true);
  });

  it("is off in production without AUTH_URL unless explicitly configured", () => {
    expect(trustHost({ NODE_ENV: "production" })).toBe(false);
    expect(trustHost({ NODE_ENV: "production", AUTH_TRUST_HOST: "false" })).toBe(false);
    expect(trustHost({ NODE_ENV: "production", AUTH_TRUST_HOST: "true" })).toBe(true);
  });

  it("follows an explicit AUTH_TRUST_HOST in development, and trusts localhost by default", () => {
    expect(trustHost({ NODE_ENV: "development" })).toBe(true);
    expect(trustHost({ NODE_ENV: "development", AUTH_TRUST_HOST: "0" })).toBe(false);
    expect(trustHost({ NODE_ENV: "development", AUTH_TRUST_HOST: "1" })).toBe(true);
  });
});
