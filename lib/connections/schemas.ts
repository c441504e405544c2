import { z } from "zod";
import { requiredLine } from "@/lib/forms";
import { parseDigits } from "./digits";
import { SEARCH_MAX } from "./search";

// Form input of the connections and groups actions. Messages are keys under errors.field.
export const GROUP_NAME_MAX = 60;
export const GROUP_KINDS = ["nursery", "kindergarten", "school", "neighbourhood", "other"] as const;

const text = requiredLine;

const id = z.uuid({ error: "invalid" });

export const memberSchema = z.object({ userId: id });
export const requestSchema = z.object({ requestId: id });
export const groupSchema = z.object({ groupId: id });
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

export const newGroupSchema = z.object({
  name: text(GROUP_NAME_MAX),
  kind: z.enum(GROUP_KINDS, { error: "choose_one" }),
});

export const joinGroupSchema = z.object({ token: z.string({ error: "invalid" }).min(1).max(100) });
