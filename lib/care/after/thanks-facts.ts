import { computeThanks, type Expense, type Rulebook, type ThanksFacts, type ThanksResult } from "@/lib/thanks";
import { tokyoDate } from "@/lib/time/tokyo";

/** What the database knows about a care and its two adults, read in the confirming transaction. */
export type CareThanksRecord = {
  /** The confirmed times: the helper's report, accepted by the parent (or an admin). */
  start: Date;
  end: Date;
  children: number;
  expenses: readonly Expense[];
  /** 「気持ちだけでOK」, as the chosen helper offered it. */
  waived: boolean;
  helper: { organiserCertifiedUntil: string | null; qualificationsVerifiedAt: readonly (Date | null)[] };
  parent: { singleParentVerifiedAt: Date | null };
};

/**
 * The facts lib/thanks computes the thank-you from. A supplement or discount counts when it was
 * in force for this care: certification valid on the care's day, a qualification or single-parent
 * status verified by the time the care ended. A later change never reprices a past care.
 */
export function careThanksFacts(record: CareThanksRecord): ThanksFacts {
  const careDay = tokyoDate(record.start);
  const verifiedBy = (at: Date | null) => at !== null && at.getTime() <= record.end.getTime();
  return {
    start: record.start,
    end: record.end,
    children: record.children,
    helperCertifiedOrganiser: record.helper.organiserCertifiedUntil !== null && record.helper.organiserCertifiedUntil >= careDay,
    helperQualified: record.helper.qualificationsVerifiedAt.some(verifiedBy),
    waived: record.waived,
    parentSingleParentVerified: verifiedBy(record.parent.singleParentVerifiedAt),
    expenses: record.expenses,
  };
}

/** What a care's thank-you depends on besides its times and expenses: its rulebook, its children and its two adults. */
export type CareThanksBasis = Omit<CareThanksRecord, "start" | "end" | "expenses"> & { rulebook: Rulebook };

/**
 * The thank-you for a window of this care by its helper: the one place the amount comes from,
 * whether for the receipt, its preview or a cancellation charge.
 */
export function careThanks(basis: CareThanksBasis, window: { start: Date; end: Date }, expenses: readonly Expense[]): ThanksResult {
  const { rulebook, ...people } = basis;
  return computeThanks(rulebook, careThanksFacts({ ...people, ...window, expenses }));
}
