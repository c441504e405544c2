import { describe, expect, it } from "vitest";
import { askPlan, metFacts, metState, requestsBetween } from "./met";

describe("people I met", () => {
  it("shows connections as connected, whatever the requests say", () => {
    expect(metState({ connected: true, mine: "pending", theirs: "pending" })).toBe("connected");
    expect(askPlan({ connected: true, mine: null, theirs: null })).toBe("already_connected");
  });

  it("lets the one asked accept, and asking back is accepting", () => {
    expect(metState({ connected: false, mine: null, theirs: "pending" })).toBe("asked_me");
    expect(askPlan({ connected: false, mine: null, theirs: "pending" })).toBe("accept_theirs");
  });

  it("shows a declined request to its asker exactly as a pending one", () => {
    expect(metState({ connected: false, mine: "declined", theirs: null })).toBe(
      metState({ connected: false, mine: "pending", theirs: null }),
    );
    expect(askPlan({ connected: false, mine: "declined", theirs: null })).toBe("already_asked");
  });

  it("lets one ask when nothing is open, or after declining the other", () => {
    expect(askPlan({ connected: false, mine: null, theirs: null })).toBe("insert");
    expect(metState({ connected: false, mine: null, theirs: "declined" })).toBe("may_ask");
  });
});

describe("requestsBetween", () => {
  it("tells the viewer's request from the other's, ignoring third parties", () => {
    const requests = [
      { id: "1", fromUser: "me", toUser: "you", status: "declined" as const },
      { id: "2", fromUser: "you", toUser: "me", status: "pending" as const },
      { id: "3", fromUser: "them", toUser: "me", status: "pending" as const },
    ];
    const between = requestsBetween(requests, "me", "you");
    expect([between.mine?.id, between.theirs?.id]).toEqual(["1", "2"]);
    expect(metFacts(false, between)).toEqual({ connected: false, mine: "declined", theirs: "pending" });
    expect(metFacts(true, requestsBetween(requests, "me", "nobody"))).toEqual({ connected: true, mine: null, theirs: null });
  });
});
