import { type Cell, MIN_MEMBERS } from "./suppress";

// A figure over a range of months is the sum of its months' parts. A value sums; so does the count a
// share is taken of. The distinct members behind a figure do not sum (one parent posting in two
// months is one member), but suppression only asks whether there are fewer than MIN_MEMBERS of them:
// a month keeps its members' ids only while there are fewer than that (null: at least that many),
// and the union of a few small sets answers the question exactly for any range.

export type Part = {
  value: number;
  /** What a share is taken of (0 for a plain count or sum). */
  of: number;
  /** The distinct members behind it while fewer than MIN_MEMBERS, sorted; null: at least MIN_MEMBERS. */
  ids: string[] | null;
};

export const EMPTY_PART: Part = { value: 0, of: 0, ids: [] };

const capped = (ids: Set<string>): string[] | null => (ids.size >= MIN_MEMBERS ? null : [...ids].sort());

export function part(value: number, memberIds: Iterable<string>, of = 0): Part {
  return { value, of, ids: capped(new Set(memberIds)) };
}

export function addParts(a: Part, b: Part): Part {
  const ids = a.ids === null || b.ids === null ? null : capped(new Set([...a.ids, ...b.ids]));
  return { value: a.value + b.value, of: a.of + b.of, ids };
}

/** The distinct members behind a part, counted up to MIN_MEMBERS (all that suppression reads). */
const members = (p: Part) => (p.ids === null ? MIN_MEMBERS : p.ids.length);

/** A count or a sum. */
export function countCell(p: Part): Cell {
  return { value: p.value, members: members(p) };
}

/** `part` of `whole` in percent, rounded half up to `decimals` places: every share shown is rounded by this one rule. */
export function percent(part: number, whole: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round((part / whole) * 100 * scale) / scale;
}

/** A share in percent (one decimal) of what it is taken of, or null when nothing counts. */
export function rateCell(p: Part): { value: number | null; members: number } {
  return { value: p.of === 0 ? null : percent(p.value, p.of, 1), members: members(p) };
}

/** Minutes as hours, to one decimal. */
export function hoursCell(p: Part): Cell {
  return { value: Math.round(p.value / 6) / 10, members: members(p) };
}
