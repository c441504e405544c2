import { describe, expect, it } from "vitest";
import { surveySchema } from "./survey";

describe("surveySchema", () => {
  it("asks a first-time parent whether they would use it again", () => {
    expect(surveySchema(true).parse({ requestId: "r", wouldUseAgain: "yes" }).answer).toEqual({ kind: "first", wouldUseAgain: true });
    expect(surveySchema(true).parse({ requestId: "r", wouldUseAgain: "no" }).answer).toEqual({ kind: "first", wouldUseAgain: false });
    expect(surveySchema(true).safeParse({ requestId: "r" }).success).toBe(false);
  });

  it("asks a repeat parent for outcomes; 'none' is an answer, alone", () => {
    const repeat = surveySchema(false);
    expect(repeat.parse({ requestId: "r", outcomes: ["own_time", "found_job", "own_time"] }).answer).toEqual({
      kind: "repeat",
      outcomes: ["own_time", "found_job"],
    });
    expect(repeat.parse({ requestId: "r", outcomes: ["none"] }).answer).toEqual({ kind: "repeat", outcomes: [] });
    const issues = (v: unknown) => {
      const r = repeat.safeParse(v);
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(issues({ requestId: "r", outcomes: ["none", "own_time"] })).toEqual(["after_survey_none_alone"]);
    expect(issues({ requestId: "r", outcomes: [] })).toEqual(["choose_at_least_one"]);
    expect(issues({ requestId: "r" })).toEqual(["choose_at_least_one"]);
    expect(issues({ requestId: "r", outcomes: ["lottery"] })).toEqual(["invalid"]);
  });

  it("does not take a first-time answer from a repeat parent", () => {
    expect(surveySchema(false).safeParse({ requestId: "r", wouldUseAgain: "yes" }).success).toBe(false);
  });
});
