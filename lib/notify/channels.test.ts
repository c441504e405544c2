import { describe, expect, it } from "vitest";
import { channelsFor } from "./channels";
import { lineText } from "./line-message";
import { pushPayload } from "./push-payload";

const BASE = "https://otagai.example.jp";

describe("channelsFor", () => {
  it("sends e-mail always, push to a member with a device, LINE to a linked follower", () => {
    expect(channelsFor("care_solved", { push: false, line: false })).toEqual(["email"]);
    expect(channelsFor("care_solved", { push: true, line: false })).toEqual(["email", "push"]);
    expect(channelsFor("care_solved", { push: false, line: true })).toEqual(["email", "line"]);
    expect(channelsFor("care_solved", { push: true, line: true })).toEqual(["email", "push", "line"]);
  });

  it("leaves out a channel the member does not want, except for a serious incident", () => {
    const noPush = (c: string) => c !== "push";
    expect(channelsFor("care_solved", { push: true, line: true }, noPush)).toEqual(["email", "line"]);
    expect(channelsFor("safety_serious_incident", { push: true, line: true }, () => false)).toEqual(["email", "push", "line"]);
  });
});

describe("pushPayload", () => {
  const notice = { id: "n-1", kind: "care_solved", requestId: null, data: { start: "2026-11-25T08:00:00.000Z" } };

  it("carries the bell's sentence, the page's address and one tag per notice, in the member's language", () => {
    expect(pushPayload(notice, "ja", BASE)).toEqual({
      title: "おたがい",
      body: "2026年11月25日(水) 17:00のお願いは解決しました。ありがとうございました。",
      url: `${BASE}/notifications`,
      tag: "n-1",
      lang: "ja",
    });
    const requestNotice = { ...notice, requestId: "7d1f0c2e-5b8a-4c3e-9f10-2a4b6c8d0e12" };
    expect(pushPayload(requestNotice, "en", BASE)).toMatchObject({ title: "Otagai", url: `${BASE}/requests/${requestNotice.requestId}` });
  });

  it("keeps a long sentence short enough for a push service", () => {
    const long = pushPayload({ ...notice, kind: "unknown_kind_with_fallback", data: {} }, "ja", BASE);
    expect(long.body.length).toBeLessThanOrEqual(1000);
    const huge = { ...notice, kind: "care_solved", data: { start: "2026-11-25T08:00:00.000Z", name: "あ".repeat(5000) } };
    expect(Buffer.byteLength(JSON.stringify(pushPayload(huge, "ja", BASE)))).toBeLessThan(4000);
  });
});

describe("lineText", () => {
  it("is the sentence, then the link to its page", () => {
    const text = lineText({ kind: "care_solved", requestId: null, data: { start: "2026-11-25T08:00:00.000Z" } }, "en", BASE);
    expect(text).toMatch(
      /^The request for .+ has been solved\. Thank you\.\n\nOpen in Otagai:\nhttps:\/\/otagai\.example\.jp\/notifications$/,
    );
  });
});
