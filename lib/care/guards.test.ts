import { describe, expect, it } from "vitest";
import type { CareEvent, CareState, Role } from "./states";
import { canCancel, transition } from "./transition";

const at = (hhmm: string) => new Date(`2026-06-01T${hhmm}:00+09:00`);
const start = at("10:00");
const end = at("12:00");
const run = (state: CareState, event: CareEvent, actor: Role, now: string) => {
  const result = transition(state, event, { actor, now: at(now), start, end });
  return result.ok ? result.state : result.error;
};
const cancel = (reason = "急用", noShow = false): CareEvent => ({ type: "cancel", reason, noShow });

describe("time guards", () => {
  it.each([
    ["offer", "open", { type: "offer" }, "recipient"],
    ["choose", "offered", { type: "choose" }, "parent"],
    ["withdraw", "offered", { type: "withdraw" }, "parent"],
  ] as const)("%s: a minute before the start is fine, at the start it has expired", (_l, state, event, actor) => {
    expect(run(state, event, actor, "09:59")).not.toBe("start_passed");
    expect(run(state, event, actor, "10:00")).toBe("start_passed");
  });

  it("expire only once the start has come", () => {
    expect(run("open", { type: "expire" }, "system", "09:59")).toBe("too_early");
    expect(run("open", { type: "expire" }, "system", "10:00")).toBe("expired");
  });

  it("end_passed only once the end has come", () => {
    expect(run("matched", { type: "end_passed" }, "system", "11:59")).toBe("too_early");
    expect(run("matched", { type: "end_passed" }, "system", "12:00")).toBe("awaiting_report");
  });
});

describe("cancelling", () => {
  it("either side may cancel a matched request before its end, even once it has started", () => {
    expect(run("matched", cancel(), "parent", "08:00")).toBe("cancelled");
    expect(run("matched", cancel(), "helper", "11:59")).toBe("cancelled");
  });

  it("needs a reason", () => {
    expect(run("matched", cancel("  "), "parent", "08:00")).toBe("reason_required");
    expect(run("matched", { type: "cancel" } as unknown as CareEvent, "parent", "08:00")).toBe("reason_required");
  });

  it("after the end only a no-show can be recorded", () => {
    expect(run("matched", cancel(), "parent", "12:00")).toBe("end_passed");
    expect(run("awaiting_report", cancel(), "parent", "12:30")).toBe("end_passed");
    expect(run("awaiting_report", cancel("来なかった", true), "parent", "12:30")).toBe("cancelled");
  });

  it("a withdrawal is for open requests; a matched one is cancelled instead", () => {
    expect(run("matched", { type: "withdraw" }, "parent", "08:00")).toBe("wrong_state");
  });

  it.each<[CareState, Role, string, boolean]>([
    ["matched", "parent", "08:00", true],
    ["matched", "helper", "08:00", true],
    ["matched", "recipient", "08:00", false],
    ["matched", "admin", "08:00", false],
    ["matched", "parent", "12:00", false],
    ["open", "parent", "08:00", false],
    ["offered", "parent", "08:00", false],
    ["reported", "helper", "13:00", false],
  ])("canCancel(%s, %s, %s) → %s", (state, actor, now, allowed) => {
    expect(canCancel({ state, start, end }, actor, at(now))).toBe(allowed);
  });
});

describe("disputes", () => {
  it("needs a reason", () => {
    expect(run("reported", { type: "dispute", reason: "" }, "parent", "13:00")).toBe("reason_required");
  });

  it("an admin resolves back to reported or on to completed", () => {
    expect(run("disputed", { type: "resolve", outcome: "reported" }, "admin", "15:00")).toBe("reported");
    expect(run("disputed", { type: "resolve", outcome: "completed" }, "admin", "15:00")).toBe("completed");
    const bad = { type: "resolve", outcome: "settled" } as unknown as CareEvent;
    expect(run("disputed", bad, "admin", "15:00")).toBe("invalid_outcome");
  });
});

it("rejects an event it does not know", () => {
  expect(run("open", { type: "teleport" } as unknown as CareEvent, "parent", "08:00")).toBe("unknown_event");
  expect(run("open", { type: "toString" } as unknown as CareEvent, "parent", "08:00")).toBe("unknown_event");
});
