import { describe, expect, it } from "vitest";
import { surveySchema } from "./survey";

const REQUEST = "5f0e2a5c-8d1b-4c3e-9a7f-2b1c0d9e8f70";

describe("surveySchema", () => {
  it("asks a first-time parent whether they would use it again", () => {
    expect(surveySchema(true).parse({ requestId: REQUEST, wouldUseAgain: "yes" }).answer).toEqual({ kind: "first", wouldUseAgain: true });
    expect(surveySchema(true).parse({ requestId: REQUEST, wouldUseAgain: "no" }).answer).toEqual({ kind: "first", wouldUseAgain: false });
    expect(surveySchema(true).safeParse({ requestId: REQUEST }).success).toBe(false);
  });

  it("asks a repeat parent for outcomes; 'none' is an answer, alone", () => {
    const repeat = surveySchema(false);
    expect(repeat.parse({ requestId: REQUEST, outcomes: ["own_time", "found_job", "own_time"] }).answer).toEqual({
      kind: "repeat",
      outcomes: ["own_time", "found_job"],
    });
    expect(repeat.parse({ requestId: REQUEST, outcomes: ["none"] }).answer).toEqual({ kind: "repeat", outcomes: [] });
    const issues = (v: unknown) => {
      const r = repeat.safeParse(v);
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(issues({ requestId: REQUEST, outcomes: ["none", "own_time"] })).toEqual(["after_survey_none_alone"]);
    expect(issues({ requestId: REQUEST, outcomes: [] })).toEqual(["choose_at_least_one"]);
    expect(issues({ requestId: REQUEST })).toEqual(["choose_at_least_one"]);
    expect(issues({ requestId: REQUEST, outcomes: ["lottery"] })).toEqual(["invalid"]);
  });

  it("does not take a first-time answer from a repeat parent", () => {
    expect(surveySchema(false).safeParse({ requestId: REQUEST, wouldUseAgain: "yes" }).success).toBe(false);
  });
});
