import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, nextAttemptAt } from "./backoff";

describe("nextAttemptAt", () => {
  const now = new Date("2026-11-30T00:00:00Z");
  const wait = (attempts: number) => (nextAttemptAt(attempts, now)?.getTime() ?? Number.NaN) - now.getTime();

  it("doubles the wait after each failure, from 30 seconds", () => {
    expect([1, 2, 3, 4].map(wait)).toEqual([30_000, 60_000, 120_000, 240_000]);
  });

  it("never waits more than six hours", () => {
    expect(wait(MAX_ATTEMPTS - 1)).toBeLessThanOrEqual(6 * 3_600_000);
  });

  it("gives up after the last attempt", () => {
    expect(nextAttemptAt(MAX_ATTEMPTS, now)).toBeNull();
    expect(nextAttemptAt(MAX_ATTEMPTS - 1, now)).not.toBeNull();
  });
});
