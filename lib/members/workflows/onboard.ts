import "server-only";
import type { Db } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { findUserWithMember, insertMember, phoneTaken } from "@/db/queries/members";
import { districtBelongsTo } from "@/db/queries/places";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import type { OnboardingInput } from "@/lib/members/profile";

/** Creates the member's profile; checks that need the database are done inside one transaction. */
export async function completeOnboarding(db: Db, userId: string, input: OnboardingInput, now: Date, locale: Locale = "ja"): Promise<void> {
  const phoneTakenError = () => new AppError("conflict", { key: "field.phone_taken", field: "phone" });
  await db
    .transaction(async (tx) => {
      if ((await findUserWithMember(tx, userId))?.member) throw new AppError("conflict", { key: "field.already_registered" });
      if (!(await districtBelongsTo(tx, input.districtId, input.municipalityId))) {
        throw new AppError("invalid_input", { key: "field.district_mismatch", field: "districtId" });
      }
      if (await phoneTaken(tx, input.phone)) {
        throw phoneTakenError();
      }
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
    })
    .catch((e: unknown) => {
      // Two sign-ups with one number at the same moment: the unique index decides.
      throw isUniqueViolation(e, "members_phone_unique") ? phoneTakenError() : e;
    });
}
