import { z } from "zod";
import { requiredText } from "@/lib/forms";
import { uuidField } from "@/lib/ids";
import { CONTEST_OUTCOMES } from "../cancel/contest";
import { REASON_MAX } from "./fields";
import { THANK_YOU_MAX } from "./limits";

const id = uuidField();

// The same request-id form as before the match: one definition.
export { requestIdSchema } from "@/lib/care/post/schema";
export const changeIdSchema = z.object({ requestId: id, changeId: id });
export const changeAnswerSchema = changeIdSchema.extend({ answer: z.enum(["accept", "decline"], { error: "choose_one" }) });
export const reasonSchema = z.object({ requestId: id, reason: requiredText(REASON_MAX) });
/** The parent confirms the report they saw: if the helper corrected it meanwhile, they must look again. */
export const confirmSchema = z.object({ requestId: id, reportedAt: z.string({ error: "required" }).max(40, { error: "invalid" }) });
export const thankYouSchema = z.object({ requestId: id, message: requiredText(THANK_YOU_MAX) });
export const resolveSchema = z.object({ requestId: id, outcome: z.enum(["reported", "completed"], { error: "choose_one" }) });
/** A member contests a no-show recorded against them; an admin decides. */
export const contestSchema = z.object({ recordId: id, reason: requiredText(REASON_MAX) });
export const decideContestSchema = z.object({ recordId: id, outcome: z.enum(CONTEST_OUTCOMES, { error: "choose_one" }) });
