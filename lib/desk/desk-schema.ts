import { z } from "zod";
import { uuidField } from "@/lib/ids";
import { APPEAL_OUTCOMES, DESK_CATEGORIES, DESK_TEXT_MAX } from "./desk";

const text = (empty: string) => z.string().trim().min(1, { error: empty }).max(DESK_TEXT_MAX, { error: "desk_text_long" });

/** The contact form; the e-mail address is read only from a visitor (a member's answer comes through their notifications). */
export const contactSchema = z.object({
  category: z.enum(DESK_CATEGORIES, { error: "desk_category" }),
  text: text("desk_text"),
  email: z.union([z.literal(""), z.email({ error: "desk_email" }).max(254, { error: "desk_email" })]).optional(),
});

export const threadMessageSchema = z.object({ threadId: uuidField(), body: text("desk_text") });

export const appealDecisionSchema = z.object({
  threadId: uuidField(),
  outcome: z.enum(APPEAL_OUTCOMES, { error: "appeal_outcome" }),
  body: text("decision_reason"),
});
