import type { IsoDate } from "@/lib/time/dates";
import { unbrokenFrom } from "./certification";

export const QUALIFICATION_KINDS = ["hoikushi", "kindergarten_teacher", "nurse", "other"] as const;
export type QualificationKind = (typeof QUALIFICATION_KINDS)[number];

/** The documents an admin may see for single-parent status (never a copy of them). */
export const SINGLE_PARENT_DOCUMENTS = ["child_rearing_allowance", "single_parent_medical", "family_register", "other"] as const;
export type SingleParentDocument = (typeof SINGLE_PARENT_DOCUMENTS)[number];

/**
 * The verified records a member's badges, thank-you supplements, single-parent discount and the right
 * to hold meetups all follow. Each record is valid through its last day (inclusive, a Tokyo date)
 * and, when it says so, from its first (the day it was verified): a verification never reaches back
 * to a day before it. An unverified claim is not a record.
 */
export type StandingRecords = {
  organiserCertifiedUntil: IsoDate | null;
  /** The first day of the current unbroken certification; absent: no lower bound. */
  organiserCertifiedFrom?: IsoDate | null;
  qualifications: readonly { kind: QualificationKind; validUntil: IsoDate; validFrom?: IsoDate }[];
  singleParentValidUntil: IsoDate | null;
  singleParentValidFrom?: IsoDate | null;
};

export type Standing = {
  certifiedOrganiser: boolean;
  /** Verified qualifications in force, each kind once. */
  qualifications: QualificationKind[];
  singleParent: boolean;
};

export const NO_RECORDS: StandingRecords = { organiserCertifiedUntil: null, qualifications: [], singleParentValidUntil: null };

const inForce = (until: IsoDate | null, day: IsoDate, from?: IsoDate | null) => until !== null && day <= until && (!from || from <= day);

/** The one function: what a member's verified records say on a given day. */
export function standingOn(records: StandingRecords, day: IsoDate): Standing {
  const kinds = records.qualifications.filter((q) => inForce(q.validUntil, day, q.validFrom)).map((q) => q.kind);
  return {
    certifiedOrganiser: inForce(records.organiserCertifiedUntil, day, records.organiserCertifiedFrom),
    qualifications: [...new Set(kinds)].sort(),
    singleParent: inForce(records.singleParentValidUntil, day, records.singleParentValidFrom),
  };
}

/** The capabilities worth showing: "organiser" only while the certification is in force. */
export function shownCapabilities<C extends string>(capabilities: readonly C[], standing: Standing): C[] {
  return capabilities.filter((c) => c !== "organiser" || standing.certifiedOrganiser);
}

/** Verified rows as the database holds them (see db/queries/standing.ts). */
export type VerifiedRows = {
  organiserCertifiedUntil: IsoDate | null;
  certificationPeriods: readonly { from: IsoDate; until: IsoDate }[];
  qualifications: readonly { kind: QualificationKind; validUntil: IsoDate; verifiedOn: IsoDate }[];
  singleParent: readonly { validUntil: IsoDate; verifiedOn: IsoDate }[];
};

/** The records standingOn reads, from the verified rows: each period from its first day, renewals joined to their predecessors. */
export function recordsFrom(rows: VerifiedRows): StandingRecords {
  const until = rows.organiserCertifiedUntil;
  const singleParent = rows.singleParent.map((s) => ({ from: s.verifiedOn, until: s.validUntil }));
  const singleParentValidUntil = singleParent.reduce<IsoDate | null>((max, s) => (max === null || s.until > max ? s.until : max), null);
  return {
    organiserCertifiedUntil: until,
    organiserCertifiedFrom: until === null ? null : unbrokenFrom(rows.certificationPeriods, until),
    qualifications: rows.qualifications.map((q) => ({ kind: q.kind, validFrom: q.verifiedOn, validUntil: q.validUntil })),
    singleParentValidUntil,
    singleParentValidFrom: singleParentValidUntil === null ? null : unbrokenFrom(singleParent, singleParentValidUntil),
  };
}
