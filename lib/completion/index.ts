export { atTokyo, splitMinutes, tokyoClockOf, tokyoDateOf } from "./clock";
export { expenseRow, expenseRows, expensesTotal, normaliseYen } from "./expenses";
export { anyId, clockTime, REASON_MAX, requiredText } from "./fields";
export {
  changeAnswerSchema,
  changeIdSchema,
  confirmSchema,
  reasonSchema,
  requestIdSchema,
  resolveSchema,
  THANK_YOU_MAX,
  thankYouSchema,
} from "./forms";
export { agreedWindowOf, describeChanges, extensionInsured, insuredWindow, uncoveredFrom } from "./insured-window";
export type { AgreedChange, DescribedChange } from "./insured-window";
export { refusalKey } from "./refusal";
export { REPORT_START_TOLERANCE_MINUTES, reportedWindow, reportSchema } from "./report";
export type { ReportInput, ReportProblem } from "./report";
export { SURVEY_OUTCOMES, surveySchema } from "./survey";
export type { SurveyAnswer, SurveyOutcome } from "./survey";
export { careThanksFacts } from "./thanks-facts";
export type { CareThanksRecord } from "./thanks-facts";
export { checkTimeChange, isExtension, timeChangeSchema } from "./time-change";
export type { TimeChangeProblem } from "./time-change";
export { RELIABILITY_MONTHS, reliabilityActive, reliabilityExpiry } from "./reliability";
