import { z } from "zod";
import { requiredLine } from "@/lib/forms";
import { tokenField, uuidField } from "@/lib/ids";
import { parseDigits } from "./digits";
import { SEARCH_MAX, SEARCH_MIN, searchable } from "./search";

// Form input of the connections actions. Messages are keys under errors.field.
const text = requiredLine;

const id = uuidField();

export const memberSchema = z.object({ userId: id });
export const requestSchema = z.object({ requestId: id });

export const digitsSchema = z.object({
  requestId: id,
  digits: z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .transform((s, ctx) => {
      const digits = parseDigits(s);
      if (digits) return digits;
      ctx.addIssue({ code: "custom", message: "digits_format" });
      return z.NEVER;
    }),
});

export const searchSchema = z.object({
  // An empty query is already "required"; say nothing more about it.
  q: text(SEARCH_MAX).refine((q) => !q || searchable(q), { error: "too_short", params: { min: SEARCH_MIN } }),
});

/** A personal link's token (base64url), as opened from a QR code or a message. */
const linkToken = tokenField();
export const linkSchema = z.object({ token: linkToken });
/** The link and the live code that came with it (absent or stale: refused by the workflow). */
export const presenceLinkSchema = z.object({ token: linkToken, p: z.string().max(100).optional() });
