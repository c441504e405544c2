import type { CareKind } from "@/lib/care/post/choices";
import type { CarePurpose } from "@/lib/care/purposes";
import type { CareState } from "@/lib/care/states";

// The plain rows the statistics are computed from (db/queries/stats.ts reads them for one
// municipality). They carry ids only to count distinct members; nothing here is ever shown.

export type RequestFact = {
  parentId: string;
  /** The parent's district. */
  districtId: string;
  kind: CareKind;
  purpose: CarePurpose | null;
  startAt: Date;
  state: CareState;
  /** A helper was chosen at some point (the care may have been cancelled since). */
  matched: boolean;
  /** At least one OK was offered at some point, even if taken back later. */
  hadOffer: boolean;
  /** The youngest child's birth date. */
  youngestBirthDate: string | null;
  /** The helper, once chosen. */
  helperId: string | null;
  /** Confirmed at completion: the actual minutes and the frozen amounts. */
  actualMinutes: number | null;
  thanksYen: number | null;
  expensesYen: number | null;
  settled: boolean;
  survey: { firstTime: boolean; wouldUseAgain: boolean | null; outcomes: readonly string[] } | null;
};

export type MemberFact = {
  userId: string;
  districtId: string;
  capabilities: readonly string[];
  joinedAt: Date;
  /** Instants the member posted, answered (an OK) or checked in at a meetup, in the window read. */
  activeAt: readonly Date[];
};

/** How many members living in the municipality joined in a Tokyo month ('YYYY-MM') with the same capabilities. */
export type MemberJoins = { month: string; capabilities: readonly string[]; count: number };

/** How a connection was proven (the connection_provenance enum). */
export const PROVENANCES = ["in_person", "meetup", "distance"] as const;
export type ConnectionFact = { userA: string; userB: string; provenance: (typeof PROVENANCES)[number]; createdAt: Date };

export type MeetupFact = {
  meetupId: string;
  organiserId: string;
  startsAt: Date;
  attendeeIds: readonly string[];
  connectionsFormed: number;
};

export type StatsFacts = {
  requests: readonly RequestFact[];
  members: readonly MemberFact[];
  connections: readonly ConnectionFact[];
  meetups: readonly MeetupFact[];
};
