import { describe, expect, it } from "vitest";
import { CARE_STATES, type CareState } from "@/lib/care";
import { deletionRefusal, UNSETTLED_STATES } from "./deletion";

const NOW = new Date("2026-11-30T12:00:00+09:00");
const past = { start: new Date("2026-11-01T10:00:00+09:00"), end: new Date("2026-11-01T11:00:00+09:00") };
const future = { start: new Date("2026-12-05T10:00:00+09:00"), end: new Date("2026-12-05T11:00:00+09:00") };
const care = (state: CareState, asParent = true, when = future) => ({ state, asParent, ...when });

describe("deletionRefusal", () => {
  it("allows deletion with no cares, or with only finished ones", () => {
    expect(deletionRefusal([], NOW)).toBeNull();
    for (const state of ["settled", "cancelled", "withdrawn", "expired"] as const)
      expect(deletionRefusal([care(state)], NOW), state).toBeNull();
  });

  it.each(UNSETTLED_STATES)("refuses while a care is %s, as parent or as helper", (state) => {
    expect(deletionRefusal([care(state, true)], NOW)).toBe("care_in_progress");
    expect(deletionRefusal([care(state, false)], NOW)).toBe("care_in_progress");
  });

  it("refuses while a request of the member's still asks, not one they were only asked on", () => {
    expect(deletionRefusal([care("open")], NOW)).toBe("open_request");
    expect(deletionRefusal([care("offered")], NOW)).toBe("open_request");
    expect(deletionRefusal([care("offered", false)], NOW)).toBeNull();
  });

  it("reads states as the clock has them: a request whose start passed unchosen has expired", () => {
    expect(deletionRefusal([care("open", true, past)], NOW)).toBeNull();
    // A matched care whose end passed waits for its report: still unsettled.
    expect(deletionRefusal([care("matched", true, past)], NOW)).toBe("care_in_progress");
  });

  it("covers every state: each is either finished, still asking or unsettled", () => {
    const finished = CARE_STATES.filter((s) => deletionRefusal([care(s)], NOW) === null);
    expect(finished.sort()).toEqual(["cancelled", "expired", "settled", "withdrawn"]);
  });
});
