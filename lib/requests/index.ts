export { MAX_CARE_MINUTES, minutesBetween, STEP_MINUTES, TIME_OPTIONS, tokyoInstant } from "./times";
export {
  answerSchema,
  AUDIENCES,
  CARE_KINDS,
  CARE_PLACES,
  chooseSchema,
  needsPlace,
  needsRoute,
  notificationIdSchema,
  postRequestSchema,
  requestIdSchema,
  TEXT_LIMITS,
} from "./schema";
export type { AnswerInput, Audience, CareKind, CarePlace, PostInput } from "./schema";
export { childProblemOn, childSeatNeeded } from "./children";
export type { CareChild, ChildProblem } from "./children";
export { previewRequest } from "./preview";
export type { PreviewFacts, RequestPreview } from "./preview";
export { insuranceFactsAtMatch } from "./insurance-facts";
export type { MatchFacts } from "./insurance-facts";
export { DEFAULT_RULEBOOK_KEY, isOpen, rulebookKeyFor, shapeForRole, statusFor, upcomingFirst } from "./view";
export type { StatusKey, ViewerRole } from "./view";
