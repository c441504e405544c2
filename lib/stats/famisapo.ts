import { CARE_PURPOSES } from "@/lib/care/purposes";
import type { MemberJoins, RequestFact } from "./facts";
import type { Cell } from "./suppress";

// The monthly report a ファミリー・サポート・センター files.

/** 依頼会員 (asks), 提供会員 (helps), 両方会員 (both). */
export const FAMISAPO_MEMBER_TYPES = ["requester", "provider", "both"] as const;
export type FamisapoMemberType = (typeof FAMISAPO_MEMBER_TYPES)[number];

export function famisapoMemberType(capabilities: readonly string[]): FamisapoMemberType | null {
  const asks = capabilities.includes("parent");
  const helps = capabilities.includes("supporter");
  if (asks && helps) return "both";
  if (asks) return "requester";
  if (helps) return "provider";
  return null;
}

/**
 * 保育施設の送迎, 保育施設開始前後の預かり, 学校の放課後の預かり, 冠婚葬祭や買い物等の外出時の預かり, その他:
 * the purposes a parent may give a request are these categories.
 */
export const FAMISAPO_CATEGORIES = CARE_PURPOSES;
export type FamisapoCategory = (typeof FAMISAPO_CATEGORIES)[number];

/** The purpose the parent gave decides; without one, a 送迎 counts as 保育施設の送迎 and a 預かり as その他. */
export function famisapoCategory(r: Pick<RequestFact, "kind" | "purpose">): FamisapoCategory {
  return r.purpose ?? (r.kind === "soge" ? "nursery_transport" : "other");
}

/** Members of each type registered by the end of `month` (the count on 31 March sets the national grant band). */
export function membersByType(joins: readonly MemberJoins[], month: string): Map<FamisapoMemberType, Cell> {
  const out = new Map<FamisapoMemberType, Cell>(FAMISAPO_MEMBER_TYPES.map((t) => [t, { value: 0, members: 0 }]));
  for (const j of joins) {
    if (j.month > month) continue;
    const type = famisapoMemberType(j.capabilities);
    if (!type) continue;
    const c = out.get(type)!;
    out.set(type, { value: c.value + j.count, members: c.members + j.count });
  }
  return out;
}

/** The fiscal year (April to March, named by the year it starts) a month 'YYYY-MM' belongs to. */
export function fiscalYearOf(month: string): number {
  const [y, m] = month.split("-").map(Number);
  return m! >= 4 ? y! : y! - 1;
}

/** A fiscal year ends with March: the count at its end sets the grant band. */
export const FISCAL_YEAR_LAST_MONTH = "03";

/**
 * The month ends a report shows members at: each fiscal year end (31 March) in the months, then
 * the last month if it is not a March (the count so far).
 */
export function memberCountMonths(months: readonly string[]): { month: string; fiscalYear: number | null }[] {
  const ends = months.filter((m) => m.endsWith(`-${FISCAL_YEAR_LAST_MONTH}`)).map((month) => ({ month, fiscalYear: fiscalYearOf(month) }));
  const last = months.at(-1);
  return last && !last.endsWith(`-${FISCAL_YEAR_LAST_MONTH}`) ? [...ends, { month: last, fiscalYear: null }] : ends;
}
