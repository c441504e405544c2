import "server-only";
import type { Db } from "@/db/client";
import { createPersonalToken } from "@/db/queries/connections";
import { findUserWithMember, insertMember } from "@/db/queries/members";
import { districtBelongsTo } from "@/db/queries/places";
import { AppError, isAppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import type { CodeSender } from "@/lib/members/phone-code";
import type { OnboardingInput } from "@/lib/members/profile";
import { sendPhoneCode } from "./send-phone-code";

/**
 * Creates the member's profile, then sends a code to the number they gave. The number is only a
 * claim until its code is entered: onboarding never says whether anyone else gave it (no
 * phone-number oracle), and a claim never blocks the number's real owner.
 * Returns whether a code was sent; if not (the number is another member's verified number, or
 * too many codes went to it), the phone page says why and offers the next step.
 */
export async function completeOnboarding(
  db: Db,
  sender: CodeSender,
  userId: string,
  input: OnboardingInput,
  now: Date,
  locale: Locale = "ja",
): Promise<{ codeSent: boolean }> {
  await db.transaction(async (tx) => {
    if ((await findUserWithMember(tx, userId))?.member) throw new AppError("conflict", { key: "field.already_registered" });
    if (!(await districtBelongsTo(tx, input.districtId, input.municipalityId))) {
      throw new AppError("invalid_input", { key: "field.district_mismatch", field: "districtId" });
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
    await createPersonalToken(tx, userId);
  });
  try {
    await sendPhoneCode(db, sender, userId, now);
    return { codeSent: true };
  } catch (e) {
    // The profile exists either way; the phone page takes it from here.
    if (isAppError(e)) return { codeSent: false };
    throw e;
  }
}
