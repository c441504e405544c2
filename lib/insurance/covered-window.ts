export type CareExtension = { agreedAt: Date; newEnd: Date };
export type CoveredWindow = { start: Date; end: Date };
/** A time change both sides agreed to in the app, and when. */
export type AgreedChange = { agreedAt: Date; newStart: Date; newEnd: Date };

/**
 * The insured window of a care that has begun: the agreed one, plus each
 * extension agreed in the app before it started, i.e. before the end in force
 * when it was agreed. An overrun agreed afterwards is not covered, and neither
 * is anything after it.
 *
 * A change to an earlier end is not an extension and is ignored: coverage
 * that was in force is never taken back.
 */
export function coveredWindow(agreedStart: Date, agreedEnd: Date, extensions: readonly CareExtension[]): CoveredWindow {
  const inOrder = [...extensions].sort((a, b) => a.agreedAt.getTime() - b.agreedAt.getTime());
  let end = agreedEnd;
  for (const extension of inOrder) {
    const agreedInTime = extension.agreedAt.getTime() < end.getTime();
    if (agreedInTime && extension.newEnd.getTime() > end.getTime()) end = extension.newEnd;
  }
  return { start: agreedStart, end };
}

/**
 * The insured window of a care after its agreed time changes (DOMAIN.md, Insurance 5): the one
 * definition, for the page, the report and a claim alike.
 *
 * A change agreed before the care began is a new agreement made before the start, so it
 * replaces the window outright. Once the care has begun only its end can move, and
 * coveredWindow decides which of those extensions were agreed in time.
 */
export function insuredWindow(agreed: CoveredWindow, changes: readonly AgreedChange[]): CoveredWindow {
  const inOrder = [...changes].sort((a, b) => a.agreedAt.getTime() - b.agreedAt.getTime());
  let window = agreed;
  const extensions: CareExtension[] = [];
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
