import { z } from "zod";
import { requiredText } from "@/lib/forms";
import { anyId, REASON_MAX } from "./fields";

export const THANK_YOU_MAX = 500;

export const requestIdSchema = z.object({ requestId: anyId });
export const changeIdSchema = z.object({ requestId: anyId, changeId: anyId });
export const changeAnswerSchema = changeIdSchema.extend({ answer: z.enum(["accept", "decline"], { error: "choose_one" }) });
export const reasonSchema = z.object({ requestId: anyId, reason: requiredText(REASON_MAX) });
/** The parent confirms the report they saw: if the helper corrected it meanwhile, they must look again. */
export const confirmSchema = z.object({ requestId: anyId, reportedAt: z.string({ error: "required" }).max(40, { error: "invalid" }) });
export const thankYouSchema = z.object({ requestId: anyId, message: requiredText(THANK_YOU_MAX) });
export const resolveSchema = z.object({ requestId: anyId, outcome: z.enum(["reported", "completed"], { error: "choose_one" }) });
