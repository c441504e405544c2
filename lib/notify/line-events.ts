/** A follow or unfollow, as the webhook handler stores it. */
export interface FollowChange {
  eventId: string;
  lineUserId: string;
  following: boolean;
  at: Date;
}

/**
 * The follow and unfollow events of one webhook body, the only ones Otagai acts on (every other
 * event, and an event without a user or an id, is ignored). A redelivered event keeps its
 * webhookEventId, which makes it idempotent.
 */
export function followChanges(body: unknown): FollowChange[] {
  const events = (body as { events?: unknown } | null)?.events;
  if (!Array.isArray(events)) return [];
  const changes: FollowChange[] = [];
  for (const e of events as Record<string, unknown>[]) {
    if (e?.type !== "follow" && e?.type !== "unfollow") continue;
    const source = e.source as { type?: unknown; userId?: unknown } | undefined;
    if (source?.type !== "user" || typeof source.userId !== "string" || !/^U[0-9a-f]{32}$/.test(source.userId)) continue;
    if (typeof e.webhookEventId !== "string" || e.webhookEventId.length === 0 || e.webhookEventId.length > 100) continue;
    if (typeof e.timestamp !== "number" || !Number.isFinite(e.timestamp)) continue;
    changes.push({ eventId: e.webhookEventId, lineUserId: source.userId, following: e.type === "follow", at: new Date(e.timestamp) });
  }
  return changes;
}
