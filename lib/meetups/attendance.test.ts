import { describe, expect, it } from "vitest";
import { tokyoYear } from "./attendance";

describe("the organiser's year", () => {
  it("is Tokyo's calendar year", () => {
    // 2026-12-31T15:30Z is already New Year's Day in Tokyo.
    const y = tokyoYear(new Date("2026-12-31T15:30:00Z"));
    expect(y.year).toBe(2027);
    expect(y.from.toISOString()).toBe("2026-12-31T15:00:00.000Z");
    expect(y.to.toISOString()).toBe("2027-12-31T15:00:00.000Z");
    expect(tokyoYear(new Date("2026-12-31T14:59:59Z")).year).toBe(2026);
  });
});
