import { describe, expect, it } from "vitest";
import { preCareSheetVisible, seatNeed } from "./pre-care";

const day = "2026-11-24";
const five = { birthDate: "2021-06-01", details: { childSeatWanted: false } };
const eight = { birthDate: "2018-06-01", details: { childSeatWanted: false } };
const eightWithSeat = { birthDate: "2018-06-01", details: { childSeatWanted: true } };

describe("child seat for 送迎", () => {
  it("is required when any child is under 6 on the day, and only when the care includes 送迎", () => {
    expect(seatNeed("soge", day, [eight, five])).toBe("required");
    expect(seatNeed("both", day, [five])).toBe("required");
    expect(seatNeed("azukari", day, [five])).toBeNull();
  });

  it("is wanted when the parent asked for one for an older child, and not needed otherwise", () => {
    expect(seatNeed("soge", day, [eightWithSeat])).toBe("wanted");
    expect(seatNeed("soge", day, [eight])).toBeNull();
    expect(seatNeed("soge", "2027-06-01", [five])).toBeNull(); // the sixth birthday
  });
});

describe("who reads the pre-care sheet", () => {
  it("shows it to a recipient only while the request is asking, and to the parent and the helper always", () => {
    expect(preCareSheetVisible("recipient", "open")).toBe(true);
    expect(preCareSheetVisible("recipient", "offered")).toBe(true);
    expect(preCareSheetVisible("recipient", "matched")).toBe(false);
    expect(preCareSheetVisible("recipient", "expired")).toBe(false);
    expect(preCareSheetVisible("parent", "completed")).toBe(true);
    expect(preCareSheetVisible("helper", "matched")).toBe(true);
  });
});
