import { z } from "zod";
import { requiredLine } from "@/lib/forms";
import { normalisePhone } from "@/lib/members/phone";
import { KANA } from "@/lib/members/profile";

export const kanaLine = (max: number) => requiredLine(max).refine((s) => KANA.test(s), { error: "kana_only" });

// A refinement, not a failing transform: a failed transform would stop the form-wide checks
// (the consent rule) from running, and the parent would see that error only on the next try.
const isPhone = (s: string) => normalisePhone(s) !== null;

export const requiredPhone = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(30, { error: "invalid_phone" })
  .refine(isPhone, { error: "invalid_phone" })
  .transform((s) => normalisePhone(s) ?? s);

export const optionalPhone = z
  .string({ error: "invalid_phone" })
  .trim()
  .max(30, { error: "invalid_phone" })
  .default("")
  .refine((s) => s === "" || isPhone(s), { error: "invalid_phone" })
  .transform((s) => (s === "" ? null : (normalisePhone(s) ?? s)));
