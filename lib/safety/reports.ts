// Reports of members, cares and messages, and how the admin desk answers them: the categories, the
// response target, the states and the decisions. Pure rules; the workflows are in ./workflows.

const HOUR = 3_600_000;

export const REPORT_CATEGORIES = ["child_safety", "violence", "harassment", "money", "spam", "other"] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

/** Categories about someone's safety: answered within a day, and first in the queue. */
export const SAFETY_CATEGORIES = ["child_safety", "violence"] as const satisfies readonly ReportCategory[];

export const RESPONSE_HOURS = { safety: 24, other: 72 } as const;

export function isSafetyCategory(category: ReportCategory): boolean {
  return (SAFETY_CATEGORIES as readonly ReportCategory[]).includes(category);
}

/** When the desk should have decided a report made at `createdAt`. */
export function responseTarget(category: ReportCategory, createdAt: Date): Date {
  const hours = isSafetyCategory(category) ? RESPONSE_HOURS.safety : RESPONSE_HOURS.other;
  return new Date(createdAt.getTime() + hours * HOUR);
}

export const REPORT_STATES = ["new", "in_review", "decided"] as const;
export type ReportState = (typeof REPORT_STATES)[number];

/** Past its response target and not decided yet. */
export function isOverdue(report: { state: ReportState; respondBy: Date }, now: Date): boolean {
  return report.state !== "decided" && now.getTime() > report.respondBy.getTime();
}

export type ReportEvent = "review" | "decide";

/** The state an admin's step leads to, or null when the step does not apply (decided is final). */
export function nextReportState(state: ReportState, event: ReportEvent): ReportState | null {
  if (event === "review") return state === "new" ? "in_review" : null;
  return state === "decided" ? null : "decided";
}

export const REPORT_DECISIONS = ["no_action", "warning", "suspension"] as const;
export type ReportDecision = (typeof REPORT_DECISIONS)[number];

/**
 * Who hears what about a decision. The reporter only that it was handled; the reported member
 * only a decision that concerns them (a warning or a suspension), never who reported them. A
 * report decided with no action is not told to the reported member: it would only say that
 * someone reported them.
 */
export function decisionNotices(decision: ReportDecision): { reporter: string; reported: string | null } {
  return {
    reporter: "safety.report_handled",
    reported: decision === "no_action" ? null : `safety.decision_${decision}`,
  };
}

export const REPORT_TARGETS = ["member", "care", "message"] as const;
export type ReportTarget = (typeof REPORT_TARGETS)[number];

/** The messages of a care that can be reported: the parent's note to those asked, and the thank-you. */
export const REPORTABLE_MESSAGES = ["request_note", "thank_you"] as const;
export type ReportableMessage = (typeof REPORTABLE_MESSAGES)[number];

export type CareRole = "parent" | "helper" | "recipient";

/**
 * The member a report of a care or of one of its messages is about, given the reporter's part in
 * it, or null when the reporter may not report it: a parent reports the chosen helper, a helper
 * or a member who was asked reports the parent. Both messages are the parent's, and only someone
 * they were written to can report them: the note to everyone asked, the thank-you to the helper.
 */
export function reportedMember(
  target: { kind: "care" } | { kind: "message"; message: ReportableMessage; exists: boolean },
  role: CareRole,
  care: { parentId: string; helperId: string | null },
): string | null {
  if (target.kind === "care") return role === "parent" ? care.helperId : care.parentId;
  if (!target.exists || role === "parent") return null;
  if (target.message === "thank_you" && role !== "helper") return null;
  return care.parentId;
}

export const REPORT_TEXT_MAX = 2000;
