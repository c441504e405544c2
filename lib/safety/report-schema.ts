import { z } from "zod";
import { uuidField } from "@/lib/ids";
import { REPORT_CATEGORIES, REPORT_TARGETS, REPORT_TEXT_MAX, REPORTABLE_MESSAGES } from "./reports";

/** The report form: what is reported (a member's id or a care's id, and which message), why, and a short text. */
export const reportSchema = z
  .object({
    target: z.enum(REPORT_TARGETS, { error: "not_found" }),
    targetId: uuidField(),
    message: z.enum(REPORTABLE_MESSAGES, { error: "not_found" }).optional(),
    category: z.enum(REPORT_CATEGORIES, { error: "report_category" }),
    text: z.string().trim().min(1, { error: "report_text" }).max(REPORT_TEXT_MAX, { error: "report_text_long" }),
  })
  .refine((r) => (r.target === "message") === (r.message !== undefined), { error: "not_found", path: ["message"] });

export type ReportInput = z.output<typeof reportSchema>;

const reasonField = z.string().trim().min(1, { error: "decision_reason" }).max(REPORT_TEXT_MAX, { error: "report_text_long" });

export const reviewSchema = z.object({ reportId: uuidField() });

export const decideSchema = z.object({
  reportId: uuidField(),
  decision: z.enum(["no_action", "warning", "suspension"], { error: "decision" }),
  reason: reasonField,
});
