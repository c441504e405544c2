import { type CoveredWindow, coveredWindow } from "@/lib/insurance";

export type AgreedChange = { agreedAt: Date; newStart: Date; newEnd: Date };

/**
 * The insured window of a care after its agreed time changes (DOMAIN.md, Insurance 5).
 *
 * A change agreed before the care began is a new agreement made before the start, so it
 * replaces the window outright. Once the care has begun only its end can move, and
 * lib/insurance decides which of those extensions were agreed in time.
 */
export function insuredWindow(agreed: CoveredWindow, changes: readonly AgreedChange[]): CoveredWindow {
  const inOrder = [...changes].sort((a, b) => a.agreedAt.getTime() - b.agreedAt.getTime());
  let window = agreed;
  const extensions: { agreedAt: Date; newEnd: Date }[] = [];
  for (const change of inOrder) {
    if (extensions.length === 0 && change.agreedAt.getTime() < window.start.getTime()) {
      window = { start: change.newStart, end: change.newEnd };
    } else {
      extensions.push({ agreedAt: change.agreedAt, newEnd: change.newEnd });
    }
  }
  return coveredWindow(window.start, window.end, extensions);
}

/** Whether an accepted change's extension is inside the insured window. */
export function extensionInsured(change: AgreedChange, window: CoveredWindow): boolean {
  return change.newEnd.getTime() <= window.end.getTime();
}

/** When the actual care ran past the insured window, the moment cover stopped; null if it did not. */
export function uncoveredFrom(actual: { start: Date; end: Date }, window: CoveredWindow): Date | null {
  return actual.end.getTime() > window.end.getTime() ? window.end : null;
}

/**
 * The window agreed at matching, as the insurance snapshot recorded it; the request's own times
 * move with each agreed change, the snapshot does not.
 */
export function agreedWindowOf(snapshot: unknown, fallback: CoveredWindow): CoveredWindow {
  const s = snapshot as { careStart?: unknown; careEnd?: unknown } | null;
  const start = typeof s?.careStart === "string" ? new Date(s.careStart) : null;
  const end = typeof s?.careEnd === "string" ? new Date(s.careEnd) : null;
  if (!start || !end || Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return fallback;
  return { start, end };
}

export type DescribedChange = AgreedChange & { extension: boolean; insured: boolean };

/** Each agreed change in order, whether it made the care end later, and whether that is insured. */
export function describeChanges(agreed: CoveredWindow, changes: readonly AgreedChange[]): DescribedChange[] {
  const window = insuredWindow(agreed, changes);
  const inOrder = [...changes].sort((a, b) => a.agreedAt.getTime() - b.agreedAt.getTime());
  let end = agreed.end;
  return inOrder.map((change) => {
    const extension = change.newEnd.getTime() > end.getTime();
    end = change.newEnd;
    return { ...change, extension, insured: extensionInsured(change, window) };
  });
}
