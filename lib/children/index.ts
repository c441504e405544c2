export { type ChildDetails, type Collector, type EmergencyContact, emptyDetails } from "./details";
export { careAgeProblem, childAccess, childSeat, healthConsentAt } from "./rules";
export { type ChildInput, childFormSchema, childRemoveSchema, childUpdateSchema } from "./schema";
export { openChildDetails, resealChildDetails, sealChildDetails } from "./sealing";
