import { z } from "zod";

// Form fields shared by the after-matching actions. Messages are keys under errors.field.

/** Any string is accepted as an id: one that names nothing the caller may act on is "not found", never "invalid". */
export const anyId = z.string({ error: "required" }).trim().min(1, { error: "required" }).max(100, { error: "invalid" });

export const REASON_MAX = 500;
// Control characters other than line breaks and tabs are never part of what someone typed.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A short text someone must write (a cancellation reason, a dispute, a thank-you). */
export const requiredText = (max = REASON_MAX) =>
  z
    .string({ error: "required" })
    .transform((s) => s.replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(1, { error: "required" })
        .max(max, { error: "too_long" })
        .refine((s) => !CONTROL.test(s), { error: "invalid_characters" }),
    );

/** "HH:MM" on a 24-hour clock, any minute (actual times are not on the quarter hour). */
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;
export const clockTime = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .regex(CLOCK, { error: "after_invalid_time" });
