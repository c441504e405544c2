export { NAP_INTERVAL_MINUTES, NAP_STATES, napIntervalFor, napIntervalMinutes, nextNapCheckAt, type NapState } from "./nap";
export {
  careUnderway,
  INCIDENT_REPORT_DAYS_AFTER_END,
  incidentReportAllowed,
  incidentTimeProblem,
  type IncidentTimeProblem,
  napLogAllowed,
} from "./window";
export {
  INCIDENT_SEVERITIES,
  INCIDENT_TEXT_MAX,
  incidentIdSchema,
  type IncidentInput,
  incidentSchema,
  type IncidentSeverity,
  NAP_NOTE_MAX,
  type NapCheckInput,
  napCheckSchema,
  SERIOUS_KINDS,
  type SeriousKind,
} from "./schemas";
export { buildCareRecord, type CareRecord, type CareRecordFacts, readCareRecord } from "./care-record";
export { type SeatNeed, seatNeed } from "./pre-care";
export { parseTokyoLocal, toTokyoLocal } from "./tokyo-time";
