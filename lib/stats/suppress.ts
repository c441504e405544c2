// Statistics never reveal a person: a cell computed from fewer than MIN_MEMBERS members is shown as
// "<5" and never exported, nor recoverable by subtracting the other cells from a total.

export const MIN_MEMBERS = 5;

/** What a figure is built from: its value and the distinct members behind it. */
export type Cell = { value: number; members: number };
/** A cell as it may be shown: its value (null: nothing to compute it from), or suppressed. */
export type Shown = { suppressed: false; value: number | null } | { suppressed: true };

/** Members count only up to MIN_MEMBERS here: a range's figures know no more (lib/stats/parts.ts). */
const capped = (c: Cell) => Math.min(c.members, MIN_MEMBERS);

export const SUPPRESSED: Shown = { suppressed: true };
const shown = (value: number | null): Shown => ({ suppressed: false, value });

/** Primary suppression of one cell. A cell with no members at all (value 0) reveals nobody. */
export function showCell(cell: Cell | { value: number | null; members: number }): Shown {
  return cell.members > 0 && cell.members < MIN_MEMBERS ? SUPPRESSED : shown(cell.value);
}

/**
 * Cells that add up to a total (a breakdown), with secondary suppression: when exactly one cell is
 * suppressed, the next smallest cell is suppressed too, so that the total minus the others does not
 * give it back; with no other cell to hide, the total is hidden instead.
 */
export function showBreakdown<K extends string>(cells: ReadonlyMap<K, Cell>, total: Cell): { cells: Map<K, Shown>; total: Shown } {
  const out = new Map<K, Shown>();
  for (const [key, cell] of cells) out.set(key, showCell(cell));
  let totalShown = showCell(total);
  const hidden = [...out.values()].filter((s) => s.suppressed).length;
  if (hidden === 1 && !totalShown.suppressed) {
    const candidates = [...cells.entries()]
      .filter(([key]) => !out.get(key)!.suppressed)
      .sort(([ka, a], [kb, b]) => a.value - b.value || capped(a) - capped(b) || String(ka).localeCompare(String(kb)));
    const next = candidates[0];
    if (next) out.set(next[0], SUPPRESSED);
    else totalShown = SUPPRESSED;
  }
  return { cells: out, total: totalShown };
}
