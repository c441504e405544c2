import { describe, expect, it } from "vitest";
import { childAgeAllowed, childAgeProblem } from "./child-age";

describe("childAgeAllowed: at least 1 and under 13 on the care date (2026-06-01)", () => {
  it.each([
    ["born the care day", "2026-06-01", false, "child_too_young"],
    ["the day before the first birthday", "2025-06-02", false, "child_too_young"],
    ["on the first birthday", "2025-06-01", true, null],
    ["aged 6", "2020-01-15", true, null],
    ["the day before the 13th birthday", "2013-06-02", true, null],
    ["on the 13th birthday", "2013-06-01", false, "child_too_old"],
    ["aged 15", "2011-01-01", false, "child_too_old"],
    ["not born yet", "2026-09-01", false, "child_too_young"],
  ])("%s (%s) → %s", (_label, birth, allowed, problem) => {
    expect(childAgeAllowed(birth, "2026-06-01")).toBe(allowed);
    expect(childAgeProblem(birth, "2026-06-01")).toBe(problem);
  });
});
