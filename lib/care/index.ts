export {
  CARE_EVENT_TYPES,
  CARE_STATES,
  isMatchedOrLater,
  isOpenState,
  MATCHED_OR_LATER,
  OPEN_STATES,
  TERMINAL_STATES,
} from "./states";
export type {
  CareEvent,
  CareEventType,
  CareRequestTiming,
  CareState,
  Role,
  TransitionContext,
  TransitionError,
  TransitionResult,
} from "./states";
export { canCancel, transition } from "./transition";
export { effectiveState } from "./effective-state";
export { careDetailsVisible, careDetailsVisibleUntil } from "./visibility";
export { RULES as CARE_RULES } from "./rules";
