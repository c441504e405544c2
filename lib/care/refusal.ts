import type { CareState, TransitionError } from "./states";

/**
 * Why a step cannot be taken now, as a catalogue key under errors.careAfter. The state says
 * more to a person than the rule that refused ("the care has not ended yet", not "wrong state").
 */
export function refusalKey(state: CareState, error?: TransitionError): string {
  if (error === "reason_required") return "reason_required";
  if (error === "end_passed") return "already_ended";
  if (error === "wrong_role") return "wrong_side";
  switch (state) {
    case "matched":
      return "not_ended";
    case "awaiting_report":
      return "waiting_report";
    case "reported":
      return "waiting_confirmation";
    case "disputed":
      return "in_dispute";
    case "completed":
      return "already_confirmed";
    case "settled":
      return "already_settled";
    case "cancelled":
      return "cancelled";
    default:
      return "not_matched";
  }
}
