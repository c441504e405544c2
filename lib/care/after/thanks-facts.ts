import { type StandingRecords, standingOn } from "@/lib/members/standing";
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
  /** The two adults' verified records (db/queries/standing.ts). */
  helper: StandingRecords;
  parent: StandingRecords;
};

/**
 * The facts lib/thanks computes the thank-you from. A supplement or discount counts when the one
 * standing function says it was in force on the care's day (Tokyo): through a record's last day,
 * never before the day it was verified. A later change never reprices a past care.
 */
export function careThanksFacts(record: CareThanksRecord): ThanksFacts {
  const careDay = tokyoDate(record.start);
  const helper = standingOn(record.helper, careDay);
  return {
    start: record.start,
    end: record.end,
    children: record.children,
    helperCertifiedOrganiser: helper.certifiedOrganiser,
    helperQualified: helper.qualifications.length > 0,
    waived: record.waived,
    parentSingleParentVerified: standingOn(record.parent, careDay).singleParent,
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
