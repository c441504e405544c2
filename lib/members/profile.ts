import { z } from "zod";
import { requiredLine } from "@/lib/forms";
import { uuidField } from "@/lib/ids";
import { ageOnDate, isRealDate } from "@/lib/time/dates";
import { SELF_CHOSEN_CAPABILITIES } from "./capabilities";
import { normalisePhone } from "./phone";

export const CAPABILITIES = ["parent", "supporter", "organiser", "staff", "admin"] as const;
export type Capability = (typeof CAPABILITIES)[number];

export const NAME_MAX = 40;
// Hiragana, katakana, the long-vowel mark and spaces (full- or half-width).
export const KANA = /^[\u3041-\u3096\u30a1-\u30fa\u30fc\u309d\u309e\u30fd\u30fe\s\u3000]+$/u;

/** A Japanese phone number as people type it, in E.164. */
export const phoneField = () =>
  z
    .string({ error: "required" })
    .min(1, { error: "required" })
    .max(30, { error: "invalid_phone" })
    .transform((s, ctx) => {
      const e164 = normalisePhone(s);
      if (!e164) {
        ctx.addIssue({ code: "custom", message: "invalid_phone" });
        return z.NEVER;
      }
      return e164;
    });

/** Onboarding input, as FormData gives it. `today` is Tokyo's date and `adultAge` comes from settings. */
/** Parent, supporter or both: the capabilities a member chooses (lib/members/capabilities). */
const chosenCapabilities = () =>
  z
    .array(z.enum(SELF_CHOSEN_CAPABILITIES, { error: "invalid" }))
    .default([])
    .refine((c) => c.length > 0, { error: "choose_at_least_one" });

/** The profile's form to change them later. */
export const capabilitiesSchema = z.object({ capabilities: chosenCapabilities() });

export function onboardingSchema(today: string, adultAge: number) {
  return z.object({
    displayName: requiredLine(NAME_MAX),
    nameKana: requiredLine(NAME_MAX).refine((s) => KANA.test(s), { error: "kana_only" }),
    municipalityId: uuidField("choose_one"),
    districtId: uuidField("choose_one"),
    birthDate: z
      .string({ error: "required" })
      .min(1, { error: "required" })
      .refine(isRealDate, { error: "invalid_date" })
      .refine((d) => !isRealDate(d) || d <= today, { error: "date_in_future" })
      .refine((d) => !isRealDate(d) || ageOnDate(d, today) <= 120, { error: "invalid_date" })
      .refine((d) => !isRealDate(d) || d > today || ageOnDate(d, today) >= adultAge, {
        error: "under_adult_age",
        params: { age: adultAge },
      }),
    phone: phoneField(),
    capabilities: chosenCapabilities(),
    acceptTerms: z.literal("on", { error: "must_accept" }),
  });
}

export type OnboardingInput = z.output<ReturnType<typeof onboardingSchema>>;
