import { describe, expect, it } from "vitest";
import { followChanges } from "./line-events";

const user = `U${"a".repeat(32)}`;
const event = (over: object = {}) => ({
  type: "follow",
  timestamp: 1_764_000_000_000,
  source: { type: "user", userId: user },
  webhookEventId: "01HXYZ",
  ...over,
});

describe("followChanges", () => {
  it("reads follow and unfollow, with the event's id and time", () => {
    expect(followChanges({ events: [event(), event({ type: "unfollow", webhookEventId: "01HXZ0" })] })).toEqual([
      { eventId: "01HXYZ", lineUserId: user, following: true, at: new Date(1_764_000_000_000) },
      { eventId: "01HXZ0", lineUserId: user, following: false, at: new Date(1_764_000_000_000) },
    ]);
  });

  it("ignores other events, groups, and events without a user, an id or a time", () => {
    const ignored = [
      event({ type: "message" }),
      event({ source: { type: "group", groupId: "C1" } }),
      event({ source: { type: "user", userId: "not-a-line-id" } }),
      event({ webhookEventId: undefined }),
      event({ timestamp: "yesterday" }),
      null,
    ];
    expect(followChanges({ events: ignored })).toEqual([]);
    expect(followChanges({})).toEqual([]);
    expect(followChanges(null)).toEqual([]);
  });
});
