import type { ConfirmResult, PaymentMethod, PaymentSide, SettlementProgress } from "./method";

const field = { parent: "parentConfirmedAt", helper: "helperConfirmedAt" } as const satisfies Record<PaymentSide, keyof SettlementProgress>;

/** Cash, hand to hand: settled once the parent says they paid and the helper says they received it. */
export const cash: PaymentMethod = {
  kind: "cash",
  confirmedBy: ["parent", "helper"],
  confirm(progress: SettlementProgress, side: PaymentSide, now: Date): ConfirmResult {
    if (progress.settledAt) return { ok: false, error: "already_settled" };
    if (progress[field[side]]) return { ok: false, error: "already_confirmed" };
    const next = { ...progress, [field[side]]: now };
    const settled = next.parentConfirmedAt !== null && next.helperConfirmedAt !== null;
    return { ok: true, progress: settled ? { ...next, settledAt: now } : next, settled };
  },
};
