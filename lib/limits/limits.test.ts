import { describe, expect, it } from "vitest";
import { allowed, clientIp, KEEP_MS, LIMITS, limitKey, windowAt } from "./limits";

const HOUR = 3_600_000;
const hourly = { max: 5, windowMs: HOUR };

describe("windowAt", () => {
  it("puts a moment in its fixed window, with the one before and how far in it is", () => {
    const w = windowAt(hourly, new Date("2026-11-30T10:15:00Z"));
    expect(w.start).toEqual(new Date("2026-11-30T10:00:00Z"));
    expect(w.previousStart).toEqual(new Date("2026-11-30T09:00:00Z"));
    expect(w.elapsed).toBe(0.25);
  });
  it("starts a new window exactly on its boundary", () => {
    const w = windowAt(hourly, new Date("2026-11-30T11:00:00Z"));
    expect(w.start).toEqual(new Date("2026-11-30T11:00:00Z"));
    expect(w.elapsed).toBe(0);
  });
});

describe("allowed", () => {
  it("allows up to the maximum within a window, counting this try", () => {
    expect(allowed(hourly, { hits: 1, previous: 0 }, 0.5)).toBe(true);
    expect(allowed(hourly, { hits: 5, previous: 0 }, 0.5)).toBe(true);
    expect(allowed(hourly, { hits: 6, previous: 0 }, 0.5)).toBe(false);
  });
  it("carries the previous window over in proportion to its overlap, so a boundary is no reset", () => {
    // Five tries late in the last window, and a new window just begun: floor(5 × 0.99) = 4 still count.
    expect(allowed(hourly, { hits: 1, previous: 5 }, 0.01)).toBe(true);
    expect(allowed(hourly, { hits: 2, previous: 5 }, 0.01)).toBe(false);
    // Halfway: floor(5 × 0.5) = 2 carried, so three more are allowed.
    expect(allowed(hourly, { hits: 3, previous: 5 }, 0.5)).toBe(true);
    expect(allowed(hourly, { hits: 4, previous: 5 }, 0.5)).toBe(false);
    // At the very end of this window, the previous one no longer counts.
    expect(allowed(hourly, { hits: 5, previous: 5 }, 0.999)).toBe(true);
  });
  it("treats an elapsed share outside 0–1 (another server's clock) as its nearest bound", () => {
    expect(allowed(hourly, { hits: 1, previous: 5 }, -0.2)).toBe(false);
    expect(allowed(hourly, { hits: 0, previous: 5 }, -0.2)).toBe(true);
    expect(allowed(hourly, { hits: 5, previous: 5 }, 1.5)).toBe(true);
  });
});

describe("limitKey", () => {
  it("names the limit and hides the subject", () => {
    const key = limitKey("signInAddress", "hanako@example.com");
    expect(key.startsWith("signInAddress:")).toBe(true);
    expect(key).not.toContain("hanako");
    expect(limitKey("signInAddress", "hanako@example.com")).toBe(key);
  });
  it("keeps limits and subjects apart", () => {
    expect(limitKey("signInIp", "hanako@example.com")).not.toBe(limitKey("signInAddress", "hanako@example.com"));
    expect(limitKey("signInAddress", "taro@example.com")).not.toBe(limitKey("signInAddress", "hanako@example.com"));
  });
});

describe("clientIp", () => {
  it("takes the entry our proxy appended, never what the client put before it", () => {
    expect(clientIp("6.6.6.6, 203.0.113.7", true)).toBe("203.0.113.7");
    expect(clientIp("203.0.113.7", true)).toBe("203.0.113.7");
  });
  it("has no address without a trusted proxy, whatever the header says", () => {
    expect(clientIp("203.0.113.7", false)).toBeNull();
  });
  it("has no address when the header is missing or empty", () => {
    expect(clientIp(null, true)).toBeNull();
    expect(clientIp(" , ", true)).toBeNull();
  });
});

describe("the limits table", () => {
  it("limits the digits per target below what six accounts could try through the per-pair lockout", () => {
    expect(LIMITS.digitsAtTarget.max).toBeLessThan(6 * 5);
    expect(LIMITS.digitsAtTarget.max).toBeLessThanOrEqual(LIMITS.digitsByTryer.max);
  });
  it("keeps counts for twice the longest window", () => {
    expect(KEEP_MS).toBe(2 * Math.max(...Object.values(LIMITS).map((l) => l.windowMs)));
  });
});
