import type { CancellationCharge } from "@/lib/thanks";
import type { AfterFormat } from "./format";

/** A cancellation charge in words: none, none because the helper cancelled, or who pays how much. */
export function chargeText(charge: CancellationCharge, f: AfterFormat): string {
  if (charge.basis === "helper_side") return f.t("charge.helperSide");
  if (charge.yen === 0) return f.t("charge.none");
  return f.t("charge.amount", { yen: f.yen(charge.yen), percent: charge.percent });
}
