import type { AccountStatus, InsuranceFacts } from "@/lib/insurance";
import type { IsoDate } from "@/lib/time/dates";

export type MatchFacts = {
  matchedAt: Date;
  request: { startAt: Date; endAt: Date };
  parent: { status: AccountStatus; birthDate: IsoDate };
  helper: { status: AccountStatus; birthDate: IsoDate };
  children: readonly { id: string; birthDate: IsoDate }[];
  connected: boolean;
  adultAge: number;
};

/** The facts insurance is decided on at matching, all read in the matching transaction. */
export function insuranceFactsAtMatch(f: MatchFacts): InsuranceFacts {
  return {
    matchedAt: f.matchedAt,
    careStart: f.request.startAt,
    careEnd: f.request.endAt,
    areConnectedAtMatch: f.connected,
    parent: { status: f.parent.status, birthDate: f.parent.birthDate },
    helper: { status: f.helper.status, birthDate: f.helper.birthDate },
    children: f.children.map((c) => ({ id: c.id, birthDate: c.birthDate })),
    adultAge: f.adultAge,
  };
}
