import { reportIncident } from "@/lib/care/workflows/report-incident";
import { keyring } from "@/lib/crypto/sealed";
import { expectAccessible, test } from "./fixtures";
import { e2eSettings } from "./settings";
import { careBetweenFreshMembers, signedIn } from "./support/care-during-fixtures";

// The matched care page's safety parts at a phone's width and a desktop's, for people to look at.
const WIDTHS = [390, 1280];

test("matched care: details, nap timer, incident form, access log and admin queue at 390 and 1280 px", async ({ browser, db }) => {
  test.setTimeout(180_000);
  const care = await careBetweenFreshMembers(db, { startInHours: -0.5, childAge: 2 });
  const helper = await signedIn(browser, db, care.helper.email);
  const parent = await signedIn(browser, db, care.parent.email);
  const admin = await signedIn(browser, db, "fujita.satomi@example.com");
  const care2 = await careBetweenFreshMembers(db, { startInHours: 4, matched: false, kind: "soge", childAge: 4 });
  const recipient = await signedIn(browser, db, care2.recipient.email);
  const description =
    "公園のすべり台から落ちて、頭を打ちました。数秒、呼びかけに答えませんでした。救急車で市民病院へ行き、検査を受けています。";
  const now = new Date();
  const incidentId = await reportIncident(db, {
    requestId: care.requestId,
    severity: "serious",
    seriousKind: "unconscious",
    description,
    occurredAt: now,
    viewerId: care.helper.id,
    key: keyring(e2eSettings().encryptionKey),
    now,
  });

  for (const width of WIDTHS) {
    const shot = async (page: typeof helper, name: string) => {
      await page.setViewportSize({ width, height: 900 });
      await expectAccessible(page);
      await page.screenshot({ path: `screenshots/care-safety-${name}-${width}.png`, fullPage: true });
    };
    await helper.setViewportSize({ width, height: 900 });
    await helper.goto(`/requests/${care.requestId}`);
    const card = helper.getByRole("article", { name: care.childName });
    if (width === WIDTHS[0]) await card.getByRole("button", { name: "寝ている・呼吸OK" }).click();
    await card.getByRole("timer").waitFor();
    await helper.getByText("けが・事故を報告する").click();
    await helper.getByRole("radio", { name: /重大な事故/ }).check();
    await shot(helper, "helper-care");
    await helper.goto(`/requests/${care.requestId}/details`);
    await shot(helper, "details");
    await parent.goto(`/requests/${care.requestId}`);
    await shot(parent, "parent-care");
    await recipient.goto(`/requests/${care2.requestId}`);
    await shot(recipient, "pre-care-sheet");
    await admin.goto("/admin/incidents");
    await shot(admin, "admin-queue");
    await admin.goto(`/admin/incidents/${incidentId}`);
    await shot(admin, "admin-incident");
  }
});
