import { describe, expect, it } from "vitest";
import { coarseBirthDate, decadeOf } from "./birth-date";

const at = (ymd: string) => new Date(`${ymd}T10:00:00+09:00`);

describe("coarseBirthDate", () => {
  it("keeps the year only when no past care moves to another age band", () => {
    expect(coarseBirthDate("2021-08-15", [at("2026-06-01")])).toBe("2021-01-01");
    expect(coarseBirthDate("2021-08-15", [])).toBe("2021-01-01");
  });

  it("keeps the month when the year would move a care across a band edge", () => {
    // Aged 2 on 2024-07-01 (band 1-2); born 2021-01-01 they would be 3 (band 3-5).
    expect(coarseBirthDate("2021-08-15", [at("2024-07-01")])).toBe("2021-08-01");
  });

  it("keeps the day only when the month would move one too", () => {
    // Aged 2 on 2024-08-10; born 2021-08-01 they would be 3.
    expect(coarseBirthDate("2021-08-15", [at("2024-08-10")])).toBe("2021-08-15");
  });
});

describe("decadeOf", () => {
  it("keeps an adult's decade of birth", () => {
    expect(decadeOf("1985-05-05")).toBe("1980-01-01");
    expect(decadeOf("1990-12-31")).toBe("1990-01-01");
  });
});
