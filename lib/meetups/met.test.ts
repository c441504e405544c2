import { describe, expect, it } from "vitest";
import { askPlan, metState } from "./met";

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
