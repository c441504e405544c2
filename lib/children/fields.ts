import { z } from "zod";
import { KANA } from "@/lib/members/profile";
import { normalisePhone } from "@/lib/members/phone";

// Zod messages are catalogue keys under errors.field.
const CONTROL = /[\u0000-\u001f\u007f]/;
// Multi-line text may keep line breaks and tabs, nothing else invisible.
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const requiredLine = (max: number) =>
  z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .max(max, { error: "too_long" })
    .refine((s) => !CONTROL.test(s), { error: "invalid_characters" });

export const optionalLine = (max: number) =>
  z
    .string({ error: "invalid" })
    .trim()
    .max(max, { error: "too_long" })
    .refine((s) => !CONTROL.test(s), { error: "invalid_characters" })
    .default("");

export const kanaLine = (max: number) => requiredLine(max).refine((s) => KANA.test(s), { error: "kana_only" });

export const optionalText = (max: number) =>
  z
    .string({ error: "invalid" })
    .transform((s) => s.replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .max(max, { error: "too_long" })
        .refine((s) => !CONTROL_EXCEPT_LINES.test(s), { error: "invalid_characters" }),
    )
    .default("");

/** A ticked checkbox arrives as "on"; an unticked one does not arrive at all. */
export const checkbox = z
  .enum(["on"], { error: "invalid" })
  .optional()
  .transform((v) => v === "on");

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
