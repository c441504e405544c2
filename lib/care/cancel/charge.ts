import { type CancellationCharge, computeCancellationCharge } from "@/lib/thanks";
import { type CareThanksBasis, careThanks } from "../after/thanks-facts";
import { absentParty } from "./no-show";

type ChargeFacts = { cancelledAt: Date; byWhom: "parent" | "helper"; noShow: boolean };

/**
 * What the parent owes the helper for a cancellation or a no-show under the care's rulebook (the
 * default rulebook charges nothing). The agreed thank-you is for the agreed window, without
 * expenses. Computed once when the cancellation is recorded and stored with the care; only the
 * preview before cancelling computes it again.
 */
export function cancellationCharge(basis: CareThanksBasis, agreed: { start: Date; end: Date }, f: ChargeFacts): CancellationCharge {
  const thanks = careThanks(basis, agreed, []);
  const agreedYen = thanks.ok ? thanks.breakdown.thanksYen : 0;
  const result = computeCancellationCharge(basis.rulebook, { agreedYen, start: agreed.start, ...f });
  // Stored times and a computed thank-you are always valid: a refusal here is a bug, not an input.
  if (!result.ok) throw new Error(`cancellation charge: ${result.error}`);
  return result.charge;
}

/**
 * What a no-show costs, decided here only: the absent side is the one responsible. The helper's
 * absence never costs the parent anything; the parent's absence (not bringing the child, not
 * being there) costs the rulebook's no-show share (nothing in the default rulebook, the full
 * thank-you in a ファミサポ-style one), and never less than cancelling at that moment would.
 */
export function noShowCharge(basis: CareThanksBasis, agreed: { start: Date; end: Date }, recordedAt: Date, recorder: "parent" | "helper") {
  return cancellationCharge(basis, agreed, { cancelledAt: recordedAt, byWhom: absentParty(recorder), noShow: true });
}
