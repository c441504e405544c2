import { newMember } from "@/test/members";
import { test } from "./fixtures";
import { tour } from "./shots/capture";

// The notifications settings page (this device's push; LINE only where configured, which the e2e
// server is not) and the offline page, at 390 and 1280 px, Japanese and English, checked with axe.

test("notification settings and the offline page at 390 and 1280 px, Japanese and English", async ({ browser, db }) => {
  test.setTimeout(180_000);
  const shot = tour(browser, "channels");
  const member = await newMember(db, { name: "撮影 通知", kana: "さつえい つうち" });
  await shot(member, "settings", "/settings/notifications", (p) =>
    p.getByRole("button", { name: /この端末で通知を受け取る|Get notifications on this device/ }).waitFor(),
  );
  await shot(member, "profile", "/profile");
  await shot(null, "offline", "/offline");
});
