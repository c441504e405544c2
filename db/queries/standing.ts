import { and, eq, inArray, isNotNull, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { NO_RECORDS, recordsFrom, type StandingRecords } from "@/lib/members/standing";
import { tokyoDate } from "@/lib/time/tokyo";
import type { Db } from "../client";
import { members, organiserApplications, qualifications, singleParentVerifications } from "../schema";

const approved = (status: AnyPgColumn, ...more: SQL[]) => and(eq(status, "approved"), ...more);

/** The verified records of each member in `userIds` (members without any get NO_RECORDS): what standingOn reads. */
export async function standingRecordsOf(db: Db, userIds: readonly string[]): Promise<Map<string, StandingRecords>> {
  const ids = [...new Set(userIds)];
  const out = new Map<string, StandingRecords>();
  if (ids.length === 0) return out;
  const [certified, periods, quals, singles] = await Promise.all([
    db.select({ userId: members.userId, until: members.organiserCertifiedUntil }).from(members).where(inArray(members.userId, ids)),
    db
      .select({ userId: organiserApplications.userId, from: organiserApplications.validFrom, until: organiserApplications.validUntil })
      .from(organiserApplications)
      .where(approved(organiserApplications.status, inArray(organiserApplications.userId, ids))),
    db
      .select({
        userId: qualifications.userId,
        kind: qualifications.kind,
        validUntil: qualifications.validUntil,
        verifiedAt: qualifications.verifiedAt,
      })
      .from(qualifications)
      .where(
        approved(
          qualifications.status,
          inArray(qualifications.userId, ids),
          isNotNull(qualifications.validUntil),
          isNotNull(qualifications.verifiedAt),
        ),
      ),
    db
      .select({
        userId: singleParentVerifications.userId,
        validUntil: singleParentVerifications.validUntil,
        verifiedAt: singleParentVerifications.verifiedAt,
      })
      .from(singleParentVerifications)
      .where(
        approved(
          singleParentVerifications.status,
          inArray(singleParentVerifications.userId, ids),
          isNotNull(singleParentVerifications.validUntil),
          isNotNull(singleParentVerifications.verifiedAt),
        ),
      ),
  ]);
  for (const id of ids) {
    out.set(
      id,
      recordsFrom({
        organiserCertifiedUntil: certified.find((c) => c.userId === id)?.until ?? null,
        certificationPeriods: periods.filter((p) => p.userId === id && p.from && p.until).map((p) => ({ from: p.from!, until: p.until! })),
        qualifications: quals
          .filter((q) => q.userId === id)
          .map((q) => ({ kind: q.kind, validUntil: q.validUntil!, verifiedOn: tokyoDate(q.verifiedAt!) })),
        singleParent: singles
          .filter((s) => s.userId === id)
          .map((s) => ({ validUntil: s.validUntil!, verifiedOn: tokyoDate(s.verifiedAt!) })),
      }),
    );
  }
  return out;
}

/** One member's verified records: what their badge, supplements, discount and right to hold meetups follow. */
export async function standingRecords(db: Db, userId: string): Promise<StandingRecords> {
  return (await standingRecordsOf(db, [userId])).get(userId) ?? NO_RECORDS;
}
