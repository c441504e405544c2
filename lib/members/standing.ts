import type { IsoDate } from "@/lib/time/dates";

export type QualificationKind = "hoikushi" | "kindergarten_teacher" | "nurse" | "other";

/**
 * The verified records a member's badges, thank-you supplements, single-parent discount and the right
 * to hold meetups all follow. Each record is valid through its last day (inclusive, a Tokyo date);
 * an unverified claim is not a record.
 */
export type StandingRecords = {
  organiserCertifiedUntil: IsoDate | null;
  qualifications: readonly { kind: QualificationKind; validUntil: IsoDate }[];
  singleParentValidUntil: IsoDate | null;
};

export type Standing = {
  certifiedOrganiser: boolean;
  /** Verified qualifications in force, each kind once. */
  qualifications: QualificationKind[];
  singleParent: boolean;
};

export const NO_RECORDS: StandingRecords = { organiserCertifiedUntil: null, qualifications: [], singleParentValidUntil: null };

const inForce = (until: IsoDate | null, day: IsoDate) => until !== null && day <= until;

/** The one function: what a member's verified records say on a given day. */
export function standingOn(records: StandingRecords, day: IsoDate): Standing {
  const kinds = records.qualifications.filter((q) => inForce(q.validUntil, day)).map((q) => q.kind);
  return {
    certifiedOrganiser: inForce(records.organiserCertifiedUntil, day),
    qualifications: [...new Set(kinds)],
    singleParent: inForce(records.singleParentValidUntil, day),
  };
}
