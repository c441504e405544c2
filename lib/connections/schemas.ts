import { z } from "zod";
import { requiredLine } from "@/lib/forms";
import { uuidField } from "@/lib/ids";
import { parseDigits } from "./digits";
import { SEARCH_MAX } from "./search";

// Form input of the connections actions. Messages are keys under errors.field.
const text = requiredLine;

const id = uuidField();

export const memberSchema = z.object({ userId: id });
export const requestSchema = z.object({ requestId: id });
export const emptySchema = z.object({});

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

export const searchSchema = z.object({ q: text(SEARCH_MAX) });
