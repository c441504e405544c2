import { describe, expect, it } from "vitest";
import { needToKnow, needToKnowVisible, seatNeed } from "./pre-care";

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

describe("what a recipient needs to know", () => {
  const kids = [
    { id: "a", name: "はな", birthDate: "2021-06-01", details: { allergies: "卵", childSeatWanted: false } },
    { id: "b", name: "そら", birthDate: "2018-06-01", details: { allergies: "  ", childSeatWanted: true } },
  ];

  it("gives ages, whether allergy notes exist (never their text) and each child's seat for 送迎", () => {
    expect(needToKnow("soge", day, kids)).toEqual({
      kind: "soge",
      careDate: day,
      seatNeed: "required",
      children: [
        { id: "a", name: "はな", ageYears: 5, allergyNotes: true, seat: "required" },
        { id: "b", name: "そら", ageYears: 8, allergyNotes: false, seat: "wanted" },
      ],
    });
  });

  it("asks about no seat when the care has no 送迎", () => {
    const summary = needToKnow("azukari", day, kids);
    expect(summary.seatNeed).toBeNull();
    expect(summary.children.map((c) => c.seat)).toEqual(["not_needed", "not_needed"]);
  });

  it("carries nothing but booleans and ages about the children", () => {
    expect(JSON.stringify(needToKnow("both", day, kids))).not.toContain("卵");
  });

  it("shows it to a recipient only while the request is asking, and to the parent and the helper always", () => {
    expect(needToKnowVisible("recipient", "open")).toBe(true);
    expect(needToKnowVisible("recipient", "offered")).toBe(true);
    expect(needToKnowVisible("recipient", "matched")).toBe(false);
    expect(needToKnowVisible("recipient", "expired")).toBe(false);
    expect(needToKnowVisible("parent", "completed")).toBe(true);
    expect(needToKnowVisible("helper", "matched")).toBe(true);
  });
});
