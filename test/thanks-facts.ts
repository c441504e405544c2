import type { ThanksFacts } from "@/lib/thanks/facts";

/** Test-only: a weekday (Monday 1 June 2026) care of one child, nothing special. */
export function facts(over: Partial<ThanksFacts> & { from?: string; to?: string } = {}): ThanksFacts {
  const { from = "10:00", to = "11:00", ...rest } = over;
  return {
    start: jst(`2026-06-01T${from}`),
    end: jst(`2026-06-01T${to}`),
    children: 1,
    helperCertifiedOrganiser: false,
    helperQualified: false,
    waived: false,
    parentSingleParentVerified: false,
    expenses: [],
    ...rest,
  };
}

/** "YYYY-MM-DDTHH:MM" read as Tokyo time. */
export function jst(local: string): Date {
  return new Date(`${local}:00+09:00`);
}
