export {
  type ChildDetails,
  type Collector,
  type EmergencyContact,
  emptyDetails,
  HEALTH_FIELDS,
  hasHealthDetails,
  ROW_MAX,
  TEXT_MAX,
} from "./details";
export { childSeat, childSeatRequired, careAgeProblem, childAccess, type ChildAccess, healthConsentAt, CHILD_SEAT_AGE, PROFILE_MAX_AGE } from "./rules";
export { type ChildInput, childFormSchema, childRemoveSchema, childUpdateSchema } from "./schema";
export { openChildDetails, sealChildDetails } from "./sealing";
