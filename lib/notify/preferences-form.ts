import { z } from "zod";
import { cleanOff, NOTICE_CATEGORIES, NOTICE_CHANNELS, type Preferences, preferenceKey } from "./preferences";
import { parseQuietHours } from "./quiet-hours";

const clock = z.string().trim().default("");

/**
 * The settings form: the ticked "category.channel" pairs are the ones ON (the rest are stored as
 * off), and quiet hours as the site's default, the member's own window, or none. Messages are keys
 * under errors.field.
 */
export const preferencesSchema = z
  .object({
    on: z.array(z.string()).default([]),
    quiet: z.enum(["default", "own", "off"], { error: "choose_one" }),
    quietFrom: clock,
    quietTo: clock,
  })
  .superRefine((v, ctx) => {
    if (v.quiet === "own" && !parseQuietHours(`${v.quietFrom}-${v.quietTo}`))
      ctx.addIssue({ code: "custom", path: ["quietFrom"], message: "quiet_hours_invalid" });
  })
  .transform(
    (v): Preferences => ({
      off: cleanOff(allPairs().filter((k) => !v.on.includes(k))),
      quietHours: v.quiet === "default" ? null : v.quiet === "off" ? "off" : `${v.quietFrom}-${v.quietTo}`,
    }),
  );

function allPairs(): string[] {
  return NOTICE_CATEGORIES.flatMap((c) => NOTICE_CHANNELS.map((ch) => preferenceKey(c, ch)));
}
