import { insertConnection } from "@/db/queries/connections";
import { contestNoShow } from "@/lib/care/workflows/contest-no-show";
import { markNoShow } from "@/lib/care/workflows/mark-no-show";
import { reportIncident } from "@/lib/care/workflows/report-incident";
import { keyring } from "@/lib/crypto/sealed";
import { createMatchedCare } from "@/test/care";
import { newMember } from "@/test/members";
import { expect, test } from "./fixtures";
import { tokyoAt, tokyoDay } from "./pages/requests";
import { e2eSettings } from "./settings";
import { capture, tour } from "./shots/capture";
import { userByEmail } from "./support/session";
import { uniqueTag } from "./support/tag";

// Issue 13 part C at a phone's width and a desktop's, in Japanese and English, for people to look
// at (screenshots/ is git-ignored), each checked with axe: contesting a no-show, the admins' queue,
// /safety, the terms and the insurer's A4 print of a serious incident.

test("no-show contest, admin queue, /safety, terms and the incident print at 390 and 1280 px, ja and en", async ({ browser, db }) => {
  test.setTimeout(600_000);
  const tag = uniqueTag();
  const admin = await userByEmail(db, "fujita.satomi@example.com");
  const member = async (name: string, kana: string) => newMember(db, { name, kana });
  const day = tokyoDay(-1);
  const noShow = async (helperName: string) => {
    const parent = await member(`規 親${tag}`, "き おや");
    const helper = await member(helperName, "き たすけ");
    await insertConnection(db, parent.id, helper.id, "in_person", new Date(), true);
    const requestId = await createMatchedCare(db, {
      parentId: parent.id,
      helperId: helper.id,
      startAt: tokyoAt(day, "10:00"),
      endAt: tokyoAt(day, "11:00"),
    });
    await markNoShow(db, { requestId, viewerId: parent.id, reason: "約束の10時に来ず、電話もつながりませんでした。", now: new Date() });
    return helper;
  };

  // The helper's record with the contest form open.
  const open = await noShow(`規 助${tag}`);
  await capture(
    browser,
    "rules-contest-form",
    async (p) => {
      await p.goto("/reliability");
      await p.locator("summary").first().click();
      await expect(p.locator("textarea")).toBeVisible();
    },
    { as: open, accessible: true },
  );

  // A contested one waiting in the admins' queue.
  const contested = await noShow(`規 異${tag}`);
  const [record] = await db.query.reliabilityRecords.findMany({ where: (r, { eq }) => eq(r.userId, contested.id) });
  await contestNoShow(db, {
    recordId: record!.id,
    viewerId: contested.id,
    reason: "9時50分に着いて、11時まで玄関の前で待っていました。インターホンにも応答がありませんでした。",
    now: new Date(),
  });
  const shot = tour(browser, "rules");
  await shot(admin, "admin-no-shows", "/admin/no-shows", (p) => expect(p.getByRole("listitem").first()).toBeVisible());

  await shot(null, "safety", "/safety");
  await shot(null, "terms", "/terms");

  // A care under way, with the insurance snapshot matching writes, and a serious incident in it.
  const parent = await member(`規 保${tag}`, "き ほ");
  const helper = await member(`規 サ${tag}`, "き さ");
  await insertConnection(db, parent.id, helper.id, "in_person", new Date(), true);
  const now = new Date();
  const requestId = await createMatchedCare(db, {
    parentId: parent.id,
    helperId: helper.id,
    startAt: new Date(now.getTime() - 30 * 60_000),
    endAt: new Date(now.getTime() + 90 * 60_000),
  });
  const incidentId = await reportIncident(db, {
    requestId,
    severity: "serious",
    seriousKind: "injury_30_days",
    description: "公園の遊具から落ちて左腕を骨折しました。救急車で市民病院へ行き、全治6週間と言われました。",
    occurredAt: now,
    viewerId: helper.id,
    key: keyring(e2eSettings().encryptionKey),
    now,
  });
  await shot(admin, "incident-print", `/admin/incidents/${incidentId}/print`);
});
