// The consultation desk (相談窓口): who may ask about what, and the order the admin queue reads.
// Pure rules; the workflows are in ./workflows.

export const DESK_CATEGORIES = ["safety", "money", "account", "other", "appeal"] as const;
export type DeskCategory = (typeof DESK_CATEGORIES)[number];

/** What anyone may ask about; "appeal" is offered only to a suspended member who has not appealed yet. */
export const OPEN_CATEGORIES = ["safety", "money", "account", "other"] as const satisfies readonly DeskCategory[];

export type Asker = { kind: "visitor" } | { kind: "member"; suspended: boolean; appealed: boolean };

/** A suspension is appealed once, through the desk, by the suspended member. */
export function mayAppeal(asker: Asker): boolean {
  return asker.kind === "member" && asker.suspended && !asker.appealed;
}

export function categoriesFor(asker: Asker): DeskCategory[] {
  return mayAppeal(asker) ? ["appeal", ...OPEN_CATEGORIES] : [...OPEN_CATEGORIES];
}

export const THREAD_STATES = ["open", "answered", "closed"] as const;
export type ThreadState = (typeof THREAD_STATES)[number];

/**
 * The queue's order: threads waiting for an answer first; among them safety topics, then appeals,
 * then the rest; oldest first within each. Answered and closed ones follow, newest first.
 */
export function queueRank(thread: { category: DeskCategory; state: ThreadState }): number {
  if (thread.state !== "open") return 9;
  if (thread.category === "safety") return 0;
  if (thread.category === "appeal") return 1;
  return 2;
}

export function sortQueue<T extends { category: DeskCategory; state: ThreadState; updatedAt: Date }>(threads: T[]): T[] {
  return [...threads].sort((a, b) => {
    const rank = queueRank(a) - queueRank(b);
    if (rank !== 0) return rank;
    const age = a.updatedAt.getTime() - b.updatedAt.getTime();
    return a.state === "open" ? age : -age;
  });
}

export const APPEAL_OUTCOMES = ["lift", "uphold"] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

export const DESK_TEXT_MAX = 4000;
