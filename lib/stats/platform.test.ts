import { describe, expect, it } from "vitest";
import { type FactGroup, landingFigures, landingHeadline, PUBLISH_MIN_COUNTED, PUBLISH_MIN_PARENTS, PUBLISHED_MODEL } from "./platform";

const group = (over: Partial<FactGroup>): FactGroup => ({
  state: "completed",
  matched: true,
  hadOffer: true,
  survey: null,
  requests: 1,
  parents: 1,
  ...over,
});

describe("landing figures", () => {
  it("show the published model's figures until the platform's rest on enough requests and parents", () => {
    const few = [group({ requests: PUBLISH_MIN_COUNTED - 1, parents: 60 })];
    expect(landingFigures(few).solvedRate).toEqual({ source: "model", value: PUBLISHED_MODEL.solvedRate });
    const fewParents = [group({ requests: 500, parents: PUBLISH_MIN_PARENTS - 1 })];
    expect(landingFigures(fewParents).solvedRate.source).toBe("model");
    expect(landingFigures([]).satisfaction).toEqual({ source: "model", value: 91 });
  });

  it("count matched against expired and withdrawn-after-an-OK, as the dashboard does", () => {
    const groups = [
      group({ requests: 70, parents: 40 }),
      group({ matched: false, state: "expired", requests: 20, parents: 15 }),
      group({ matched: false, state: "withdrawn", hadOffer: true, requests: 10, parents: 8 }),
      // Withdrawn with no OK ever offered, and still open: not counted.
      group({ matched: false, state: "withdrawn", hadOffer: false, requests: 300, parents: 100 }),
      group({ matched: false, state: "open", hadOffer: false, requests: 300, parents: 100 }),
    ];
    expect(landingFigures(groups).solvedRate).toEqual({ source: "platform", value: 70, counted: 100 });
  });

  it("count first-time parents' answers for satisfaction", () => {
    const yes = { firstTime: true, wouldUseAgain: true, outcomes: [] };
    const no = { firstTime: true, wouldUseAgain: false, outcomes: [] };
    const repeat = { firstTime: false, wouldUseAgain: false, outcomes: [] };
    const groups = [
      group({ survey: yes, requests: 90, parents: 50 }),
      group({ survey: no, requests: 30, parents: 20 }),
      group({ survey: repeat, requests: 500, parents: 200 }),
    ];
    expect(landingFigures(groups).satisfaction).toEqual({ source: "platform", value: 75, counted: 120 });
  });

  it("show both figures from the platform or both from the model, never one of each", () => {
    const solvedOnly = [group({ requests: 200, parents: 60 })];
    expect(landingHeadline(solvedOnly)).toEqual({ source: "model", solvedRate: 85, satisfaction: 91 });
    const yes = { firstTime: true, wouldUseAgain: true, outcomes: [] };
    expect(landingHeadline([group({ survey: yes, requests: 200, parents: 60 })])).toEqual({
      source: "platform",
      solvedRate: 100,
      satisfaction: 100,
      counted: 200,
    });
  });
});
