import { type AgreedChange, type CoveredWindow, extensionInsured, insuredWindow } from "@/lib/insurance";
import { isExtension } from "./time-change";

export type DescribedChange = AgreedChange & { extension: boolean; insured: boolean };

/** Each agreed change in order, whether it made the care end later, and whether that is insured. */
export function describeChanges(agreed: CoveredWindow, changes: readonly AgreedChange[]): DescribedChange[] {
  const window = insuredWindow(agreed, changes);
  const inOrder = [...changes].sort((a, b) => a.agreedAt.getTime() - b.agreedAt.getTime());
  let current = agreed;
  return inOrder.map((change) => {
    const proposed = { start: change.newStart, end: change.newEnd };
    const extension = isExtension(current, proposed);
    current = proposed;
    return { ...change, extension, insured: extensionInsured(change, window) };
  });
}

/**
 * Whether a proposal still waiting for an answer would, agreed now, make the care end later
 * inside the insured window: what both sides are told before they answer.
 */
export function proposalExtensionInsured(
  agreed: CoveredWindow,
  accepted: readonly AgreedChange[],
  current: CoveredWindow,
  proposed: CoveredWindow,
  now: Date,
): boolean {
  if (!isExtension(current, proposed)) return false;
  const change = { agreedAt: now, newStart: proposed.start, newEnd: proposed.end };
  return extensionInsured(change, insuredWindow(agreed, [...accepted, change]));
}
