import { describe, expect, it } from "vitest";
import { durationParts, formatYen } from "./money";

describe("formatYen", () => {
  it("writes yen as people do", () => {
    expect(formatYen(1700, "ja")).toBe("1,700円");
    expect(formatYen(-100, "ja")).toBe("-100円");
    expect(formatYen(1700, "en")).toBe("¥1,700");
    expect(formatYen(-100, "en")).toBe("−¥100");
  });

  it("splits minutes into hours and minutes", () => {
    expect(durationParts(90)).toEqual({ hours: 1, minutes: 30 });
    expect(durationParts(20)).toEqual({ hours: 0, minutes: 20 });
  });
});
