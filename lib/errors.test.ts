import { describe, expect, it } from "vitest";
import { AppError, toSafeError } from "./errors";

describe("toSafeError", () => {
  it("maps app errors to their HTTP status", () => {
    expect(toSafeError(new AppError("not_found"))).toEqual({ status: 404, code: "not_found", messageKey: "not_found" });
    expect(toSafeError(new AppError("rate_limited", { key: "pair_locked" })).status).toBe(429);
  });

  it("never leaks the message of an unknown error", () => {
    const safe = toSafeError(new Error('relation "members" does not exist'));
    expect(safe).toEqual({ status: 500, code: "internal", messageKey: "internal" });
  });
});
