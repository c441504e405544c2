import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { organiserApplications, qualifications, singleParentVerifications } from "@/db/schema";
import { demoUserIds } from "@/db/seed/people";
import { TRAINING_MODULES } from "@/lib/members/certification";
import { applyForCertification } from "@/lib/members/workflows/apply-certification";
import { approveCertification } from "@/lib/members/workflows/decide-certification";
import { askSingleParentVerification, verifySingleParent } from "@/lib/members/workflows/single-parent";
import { submitQualification } from "@/lib/members/workflows/submit-qualification";
import { verifyQualification } from "@/lib/members/workflows/verify-qualification";
import { addDays } from "@/lib/time/dates";
import { atTokyo, tokyoDate } from "@/lib/time/tokyo";

const ADMIN = "fujita.satomi";

// The demo's certified organisers, approved this many days ago (a year lasts 365 or 366 days):
// 渡辺 由美's certification ends within the month, so she sees the renewal reminder.
const ORGANISERS: [string, number][] = [
  ["tanaka.keiko", 200],
  ["watanabe.yumi", 345],
  ["yamada.hanako", 100],
  ["saito.tomoko", 30],
];
/** Waiting at the desk, so the admin's queue is not empty. */
const APPLYING = "kobayashi.chiyoko";

/**
 * The certification desk's records through its own workflows: approved organisers (田中 恵子's badge
 * and supplement now agree), a verified 保育士, a verified single parent, and one of each waiting.
 * Members who already have such a record are left alone, so seeding again adds nothing.
 */
export async function seedStanding(db: Db, now = new Date()): Promise<void> {
  const id = await demoUserIds(db, [
    ADMIN,
    APPLYING,
    "tanaka.keiko",
    "inoue.kazuko",
    "takahashi.misaki",
    "nakamura.aya",
    ...ORGANISERS.map(([l]) => l),
  ]);
  const adminId = id(ADMIN);
  if (!adminId) return;
  const today = tokyoDate(now);
  const daysAgo = (n: number, clock = "10:00") => atTokyo(addDays(today, -n), clock);
  const training = (n: number) => TRAINING_MODULES.map((module, i) => ({ module, completedOn: addDays(today, -n - 14 + i) }));
  const has = async (table: typeof organiserApplications | typeof qualifications | typeof singleParentVerifications, userId: string) =>
    (await db.select({ id: table.id }).from(table).where(eq(table.userId, userId)).limit(1)).length > 0;

  for (const [local, ago] of ORGANISERS) {
    const userId = id(local);
    if (!userId || (await has(organiserApplications, userId))) continue;
    const applicationId = await applyForCertification(db, {
      userId,
      identityDocument: "drivers_licence",
      training: training(ago),
      now: daysAgo(ago + 3),
    });
    await approveCertification(db, {
      applicationId,
      identityDocument: "drivers_licence",
      documentLast4: "4821",
      adminId,
      now: daysAgo(ago),
    });
  }
  const applicant = id(APPLYING);
  if (applicant && !(await has(organiserApplications, applicant))) {
    await applyForCertification(db, { userId: applicant, identityDocument: "my_number_card", training: training(10), now: daysAgo(2) });
  }

  const keiko = id("tanaka.keiko");
  if (keiko && !(await has(qualifications, keiko))) {
    const q = await submitQualification(db, { userId: keiko, kind: "hoikushi", certificateNumber: "奈良-004512", now: daysAgo(190) });
    await verifyQualification(db, { qualificationId: q, validUntil: addDays(today, 5 * 365), adminId, now: daysAgo(188) });
  }
  const kazuko = id("inoue.kazuko");
  if (kazuko && !(await has(qualifications, kazuko))) {
    await submitQualification(db, { userId: kazuko, kind: "nurse", certificateNumber: "看-0712345", now: daysAgo(1) });
  }

  const misaki = id("takahashi.misaki");
  if (misaki && !(await has(singleParentVerifications, misaki))) {
    const r = await askSingleParentVerification(db, { userId: misaki, document: "child_rearing_allowance", now: daysAgo(62) });
    await verifySingleParent(db, {
      verificationId: r,
      document: "child_rearing_allowance",
      validUntil: addDays(today, 300),
      adminId,
      now: daysAgo(60),
    });
  }
  const aya = id("nakamura.aya");
  if (aya && !(await has(singleParentVerifications, aya))) {
    await askSingleParentVerification(db, { userId: aya, document: "single_parent_medical", now: daysAgo(3) });
  }
}
