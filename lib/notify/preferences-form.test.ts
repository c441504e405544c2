import { describe, expect, it } from "vitest";
import { NOTICE_CATEGORIES, NOTICE_CHANNELS } from "./preferences";
import { preferencesSchema } from "./preferences-form";

const everything = NOTICE_CATEGORIES.flatMap((c) => NOTICE_CHANNELS.map((ch) => `${c}.${ch}`));

describe("preferencesSchema", () => {
  it("stores the unticked pairs as off, ignoring anything unknown", () => {
    const r = preferencesSchema.parse({ on: [...everything.filter((k) => k !== "meetups.email"), "bogus.sms"], quiet: "default" });
    expect(r).toEqual({ off: ["meetups.email"], quietHours: null });
  });
  it("turns everything off when nothing is ticked", () => {
    expect(preferencesSchema.parse({ quiet: "off" }).off).toHaveLength(everything.length);
    expect(preferencesSchema.parse({ quiet: "off" }).quietHours).toBe("off");
  });
  it("keeps the member's own window, and refuses one that does not parse", () => {
    expect(preferencesSchema.parse({ on: everything, quiet: "own", quietFrom: "22:30", quietTo: "06:00" }).quietHours).toBe("22:30-06:00");
    const bad = preferencesSchema.safeParse({ on: everything, quiet: "own", quietFrom: "22:00", quietTo: "22:00" });
    expect(bad.success ? null : bad.error.issues[0]!.message).toBe("quiet_hours_invalid");
    expect(preferencesSchema.safeParse({ on: everything, quiet: "own", quietFrom: "", quietTo: "" }).success).toBe(false);
    expect(preferencesSchema.safeParse({ on: everything, quiet: "later" }).success).toBe(false);
  });
});
