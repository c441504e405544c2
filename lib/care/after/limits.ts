// Text limits and survey choices of the after-care forms, apart from their zod schemas, so that the
// forms' client components ship no zod.
export const REASON_MAX = 500;
export const THANK_YOU_MAX = 500;

/** What repeat parents may say the care made possible (DOMAIN.md, municipality statistics). */
export const SURVEY_OUTCOMES = ["found_job", "secured_hours", "own_time"] as const;
export type SurveyOutcome = (typeof SURVEY_OUTCOMES)[number];
