import "server-only";
import type { Db } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { createPersonalToken } from "@/db/queries/connections";
import { findUserWithMember, insertMember, phoneTaken } from "@/db/queries/members";
import { districtBelongsTo } from "@/db/queries/places";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { hitLimits } from "@/lib/limits/workflows/hit";
import type { OnboardingInput } from "@/lib/members/profile";

/**
 * Creates the member's profile; checks that need the database are done inside one transaction.
 * Each phone check counts against the account's limit, and a "taken" answer is committed with its
 * count before it is reported, so "already registered" cannot be used to test numbers at scale.
 */
export async function completeOnboarding(db: Db, userId: string, input: OnboardingInput, now: Date, locale: Locale = "ja"): Promise<void> {
  const phoneTakenError = () => new AppError("conflict", { key: "field.phone_taken", field: "phone" });
  const outcome = await db
    .transaction(async (tx) => {
      if ((await findUserWithMember(tx, userId))?.member) throw new AppError("conflict", { key: "field.already_registered" });
      if (!(await districtBelongsTo(tx, input.districtId, input.municipalityId))) {
        throw new AppError("invalid_input", { key: "field.district_mismatch", field: "districtId" });
      }
      await hitLimits(tx, [{ limit: "onboardingPhone", subject: userId }], now, "limits.phone_checks");
      if (await phoneTaken(tx, input.phone)) return "phone_taken" as const;
      await insertMember(tx, {
        userId,
        displayName: input.displayName,
        nameKana: input.nameKana,
        municipalityId: input.municipalityId,
        districtId: input.districtId,
        birthDate: input.birthDate,
        phone: input.phone,
        capabilities: input.capabilities,
        locale,
        termsAcceptedAt: now,
        privacyAcceptedAt: now,
      });
      await createPersonalToken(tx, userId);
      return "created" as const;
    })
    .catch((e: unknown) => {
      // Two sign-ups with one number at the same moment: the unique index decides.
      throw isUniqueViolation(e, "members_phone_unique") ? phoneTakenError() : e;
    });
  if (outcome === "phone_taken") throw phoneTakenError();
}
