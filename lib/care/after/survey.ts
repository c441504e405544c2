import { z } from "zod";
import { uuidField } from "@/lib/ids";
import { SURVEY_OUTCOMES, type SurveyOutcome } from "./limits";

export type { SurveyOutcome } from "./limits";

export type SurveyAnswer = { kind: "first"; wouldUseAgain: boolean } | { kind: "repeat"; outcomes: SurveyOutcome[] };

/**
 * The short survey. Which question a parent is asked is decided on the server (first completed
 * care or not), so the form's answer is checked against that, not trusted.
 * "none" is an explicit answer for a repeat parent to whom no outcome applies.
 */
export function surveySchema(firstTime: boolean) {
  const base = z.object({ requestId: uuidField() });
  if (firstTime) {
    return base
      .extend({ wouldUseAgain: z.enum(["yes", "no"], { error: "choose_one" }) })
      .transform((v) => ({ requestId: v.requestId, answer: { kind: "first", wouldUseAgain: v.wouldUseAgain === "yes" } as SurveyAnswer }));
  }
  return base
    .extend({
      outcomes: z
        .array(z.enum([...SURVEY_OUTCOMES, "none"], { error: "invalid" }), { error: "choose_at_least_one" })
        .min(1, { error: "choose_at_least_one" })
        .refine((list) => !(list.includes("none") && list.length > 1), { error: "after_survey_none_alone" }),
    })
    .transform((v) => {
      const outcomes = [...new Set(v.outcomes.filter((o): o is SurveyOutcome => o !== "none"))];
      return { requestId: v.requestId, answer: { kind: "repeat", outcomes } as SurveyAnswer };
    });
}
