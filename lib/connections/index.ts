// The connection rules, pure. Storage is in db/queries/connections.ts; the steps that need
// the database (digits, personal links, blocks) are in this folder's other modules.
export { orderedPair, otherOf, sideOf } from "./pair";
export { DIGIT_COUNT, digitsMatch, parseDigits } from "./digits";
export { LOCK_MS, LOOKBACK_MS, lockState, MAX_WRONG_TRIES, type LockState } from "./lockout";
export { awaitsMetConfirmation, haveMet, type MetFacts } from "./met";
export { normaliseName, SEARCH_LIMIT, SEARCH_MAX } from "./search";
export {
  badgesOf,
  mayConnectInPerson,
  mayListConnectionsOf,
  mayRequest,
  profileView,
  visibleProfile,
  type Badge,
  type FullProfile,
  type LimitedProfile,
  type ProfileView,
  type Relation,
  type VisibleProfile,
} from "./visibility";
