import { z } from "zod";

// Form fields shared by the after-matching actions. Messages are keys under errors.field.

export { REASON_MAX } from "./limits";

/** "HH:MM" on a 24-hour clock, any minute (actual times are not on the quarter hour). */
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;
export const clockTime = z.string({ error: "required" }).trim().min(1, { error: "required" }).regex(CLOCK, { error: "after_invalid_time" });
