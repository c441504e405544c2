import { describe, expect, it } from "vitest";
import { deliveryTable } from "./delivery-counts";

describe("deliveryTable", () => {
  it("puts each state's count in its channel's row, zero for a state with none", () => {
    const rows = deliveryTable([
      { channel: "email", state: "sent", n: 12 },
      { channel: "email", state: "failed", n: 1 },
    ]);
    const none = { sent: 0, waiting: 0, failed: 0, skipped: 0 };
    expect(rows).toEqual([
      { channel: "email", counts: { sent: 12, waiting: 0, failed: 1, skipped: 0 } },
      { channel: "push", counts: none },
      { channel: "line", counts: none },
    ]);
  });
});
