import { describe, expect, it } from "vitest";
import { tokyoToday } from "./today";

describe("tokyoToday", () => {
  it("is already tomorrow in Tokyo from 15:00 UTC", () => {
    expect(tokyoToday(new Date("2026-11-24T14:59:59Z"))).toBe("2026-11-24");
    expect(tokyoToday(new Date("2026-11-24T15:00:00Z"))).toBe("2026-11-25");
  });
});
