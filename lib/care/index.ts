export { effectiveState } from "./effective-state";
export { RULES as CARE_RULES } from "./rules";
export type { CareEvent, CareState, Role } from "./states";
export { CARE_STATES, DONE_STATES, isOpenState, OPEN_STATES } from "./states";
export { canCancel, transition } from "./transition";
export { careDetailsVisible, careDetailsVisibleUntil, endedBySystem, requestRole, SYSTEM_END_REASON } from "./visibility";
