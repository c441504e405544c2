// "People I met": attendees who both checked in at the same meetup may connect with one tap each.

/** What the viewer sees beside another attendee, decided once here for the page and the workflow. */
export type MetState =
  /** Already connections (by any proof). */
  | "connected"
  /** The viewer asked; waiting (a decline looks the same to the asker: declining is silent). */
  | "asked"
  /** The other asked; the viewer may accept or decline. */
  | "asked_me"
  /** The viewer declined the other's request; the viewer may still ask them later. */
  | "may_ask";

export interface MetFacts {
  connected: boolean;
  /** The viewer's own request to the other at this meetup, if any. */
  mine: "pending" | "accepted" | "declined" | null;
  /** The other's request to the viewer at this meetup, if any. */
  theirs: "pending" | "accepted" | "declined" | null;
}

type MetRequest = { fromUser: string; toUser: string; status: "pending" | "accepted" | "declined" };

/** The viewer's request to the other and the other's to the viewer, among the viewer's requests at a meetup. */
export function requestsBetween<R extends MetRequest>(requests: readonly R[], viewerId: string, otherId: string) {
  return {
    mine: requests.find((r) => r.fromUser === viewerId && r.toUser === otherId) ?? null,
    theirs: requests.find((r) => r.fromUser === otherId && r.toUser === viewerId) ?? null,
  };
}

/** The facts `metState` and `askPlan` decide on. */
export function metFacts(connected: boolean, between: { mine: MetRequest | null; theirs: MetRequest | null }): MetFacts {
  return { connected, mine: between.mine?.status ?? null, theirs: between.theirs?.status ?? null };
}

export function metState(f: MetFacts): MetState {
  if (f.connected) return "connected";
  if (f.theirs === "pending") return "asked_me";
  if (f.mine !== null) return "asked";
  return "may_ask";
}

/** Asking when the other already asked is accepting their request; otherwise a new request, or a refusal. */
export function askPlan(f: MetFacts): "accept_theirs" | "insert" | "already_connected" | "already_asked" {
  const state = metState(f);
  if (state === "connected") return "already_connected";
  if (state === "asked_me") return "accept_theirs";
  if (state === "asked") return "already_asked";
  return "insert";
}
