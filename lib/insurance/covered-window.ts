export type CareExtension = { agreedAt: Date; newEnd: Date };
export type CoveredWindow = { start: Date; end: Date };

/**
 * The insured window: the agreed one, plus each extension agreed in the app
 * before it started, i.e. before the end in force when it was agreed. An
 * overrun agreed afterwards is not covered, and neither is anything after it.
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
