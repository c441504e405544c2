import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { findConnection } from "@/db/queries/connections";
import { meetupRsvps } from "@/db/schema";
import { insertMeetup, insertRsvp, makeOrganiser } from "@/test/meetups";
import { newMember } from "@/test/members";
import { expect, expectAccessible, test } from "./fixtures";
import { e2eSettings } from "./settings";
import { signInContext } from "./support/session";

// Issue 9, Done-when 1 (the check-in part): the organiser checks two attendees in by scanning their
// ticket QR codes with the camera, a Chromium whose fake camera plays a video of the two tickets;
// the two then connect from "people I met" and their connection says where they met. The meetup
// and the RSVPs are written through the test kit (creating and RSVPing are tested on their own).

const PHONE = { width: 390, height: 844 };
const BASE_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
];
const FRAME = "scale=640:480:force_original_aspect_ratio=decrease,pad=640:480:(ow-iw)/2:(oh-ih)/2:color=white";

/** A y4m video showing each PNG for two seconds in turn (Chromium's fake camera loops it). */
function cameraVideo(dir: string, pngs: string[]): string {
  const out = join(dir, "tickets.y4m");
  const inputs = pngs.flatMap((p) => ["-loop", "1", "-t", "2", "-i", p]);
  const scaled = pngs.map((_, i) => `[${i}:v]${FRAME},setsar=1[v${i}]`).join(";");
  const concat = `${pngs.map((_, i) => `[v${i}]`).join("")}concat=n=${pngs.length}:v=1[out]`;
  execFileSync("/usr/bin/ffmpeg", [
    "-y",
    "-loglevel",
    "error",
    ...inputs,
    "-filter_complex",
    `${scaled};${concat}`,
    "-map",
    "[out]",
    "-r",
    "10",
    "-pix_fmt",
    "yuv420p",
    out,
  ]);
  return out;
}

async function openAs(page: Page, user: { id: string; email: string }) {
  await signInContext(page.context(), user);
}

test("the organiser checks two attendees in with the camera; they connect from people I met, 'met at' the meetup", async ({
  browser,
  db,
}) => {
  test.setTimeout(120_000);
  const tag = Date.now().toString(36);
  const organiser = await newMember(db, { name: `主催 ${tag}`, kana: "しゅさい" });
  await makeOrganiser(db, organiser.id);
  const title = `親子ひろば ${tag}`;
  const meetup = await insertMeetup(db, organiser.id, { title, startsAt: new Date(Date.now() - 10 * 60_000) });
  const a = await newMember(db, { name: `青木 ${tag}`, kana: "あおき" });
  const b = await newMember(db, { name: `馬場 ${tag}`, kana: "ばば" });
  await insertRsvp(db, meetup.id, a.id, { adults: 1, children: 1 });
  await insertRsvp(db, meetup.id, b.id, { adults: 2, children: 0 });

  // Each attendee opens their ticket on a phone; the QR code on the screen becomes a PNG.
  const dir = mkdtempSync(join(tmpdir(), "otagai-tickets-"));
  const attendee = async (user: typeof a, file: string) => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await openAs(page, user);
    await page.goto(`/meetups/${meetup.id}/ticket`);
    await expect(page.getByRole("heading", { level: 1, name: "受付チケット" })).toBeVisible();
    const qr = page.getByRole("img", { name: `${title}の受付チケット(QR コード)` });
    await qr.screenshot({ path: join(dir, file) });
    await expectAccessible(page);
    return page;
  };
  const pageA = await attendee(a, "a.png");
  const pageB = await attendee(b, "b.png");

  // The organiser's own Chromium, its camera fed with the video of both tickets.
  const video = cameraVideo(dir, [join(dir, "a.png"), join(dir, "b.png")]);
  const camera = await chromium.launch({
    executablePath: e2eSettings().chromium,
    args: [
      ...BASE_ARGS,
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  try {
    const context = await camera.newContext({ baseURL: e2eSettings().baseURL, viewport: PHONE, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
    const desk = await context.newPage();
    await openAs(desk, organiser);
    const response = await desk.goto(`/meetups/${meetup.id}/check-in`);
    expect(response?.headers()["permissions-policy"]).toContain("camera=(self)");
    await expect(desk.getByTestId("check-in-counts")).toHaveText("受付済み 0人 / 参加確定 2人");
    await expectAccessible(desk);
    await desk.getByRole("button", { name: "カメラで読み取る" }).click();
    const log = desk.getByRole("log");
    await expect(log).toContainText(`青木 ${tag}さんを受付しました`, { timeout: 20_000 });
    await expect(log).toContainText(`馬場 ${tag}さんを受付しました`, { timeout: 20_000 });
    // The video loops: a ticket seen again is refused as already checked in, and nothing changes.
    await expect(log).toContainText("すでに受付済みです", { timeout: 20_000 });
    await desk.getByRole("button", { name: "カメラを止める" }).click();
    await desk.reload();
    await expect(desk.getByTestId("check-in-counts")).toHaveText("受付済み 2人 / 参加確定 2人");
    const rows = await db.select().from(meetupRsvps).where(eq(meetupRsvps.meetupId, meetup.id));
    expect(rows.map((r) => r.checkedInBy)).toEqual([organiser.id, organiser.id]);
  } finally {
    await camera.close();
  }

  // A asks from "people I met" with one tap; B accepts with one tap.
  await pageA.goto(`/meetups/${meetup.id}/people`);
  await expect(pageA.getByRole("heading", { level: 1, name: "交流会で会った人" })).toBeVisible();
  await expectAccessible(pageA);
  await pageA.getByRole("button", { name: `馬場 ${tag}さんとつながる` }).click();
  await expect(pageA.getByText("つながりを申し込みました")).toBeVisible();

  await pageB.goto(`/meetups/${meetup.id}/people`);
  await expect(pageB.getByText(`青木 ${tag}さんからつながりの申し込みがあります`)).toBeVisible();
  await pageB.getByRole("button", { name: `青木 ${tag}さんを承認する` }).click();
  await expect(pageB.getByText("シェア友です")).toBeVisible();

  expect(await findConnection(db, a.id, b.id)).toMatchObject({ provenance: "meetup", meetupId: meetup.id });
  await pageB.goto("/connections");
  await expect(pageB.getByText(`「${title}」で会ってつながりました`)).toBeVisible();
  await expectAccessible(pageB);
  await pageA.context().close();
  await pageB.context().close();
});

test("a ticket, the check-in desk and people I met are 'not found' to everyone else", async ({ browser, db }) => {
  const tag = Date.now().toString(36);
  const organiser = await newMember(db, { name: `主催 ${tag}`, kana: "しゅさい" });
  await makeOrganiser(db, organiser.id);
  const rival = await newMember(db, { name: `別主催 ${tag}`, kana: "べつしゅさい" });
  await makeOrganiser(db, rival.id);
  await insertMeetup(db, rival.id, { title: `別の会 ${tag}` });
  const meetup = await insertMeetup(db, organiser.id, { title: `親子ひろば ${tag}` });
  const attendee = await newMember(db, { name: `参加 ${tag}`, kana: "さんか" });
  await insertRsvp(db, meetup.id, attendee.id, { checkedInAt: new Date(), checkedInBy: organiser.id });
  const stranger = await newMember(db, { name: `他人 ${tag}`, kana: "たにん" });
  for (const [who, paths] of [
    [attendee, [`/meetups/${meetup.id}/check-in`]],
    [rival, [`/meetups/${meetup.id}/check-in`, `/meetups/${meetup.id}/ticket`, `/meetups/${meetup.id}/people`]],
    [stranger, [`/meetups/${meetup.id}/check-in`, `/meetups/${meetup.id}/ticket`, `/meetups/${meetup.id}/people`]],
  ] as const) {
    // A context of their own for each caller: nothing of the one before carries over.
    const context = await browser.newContext();
    const page = await context.newPage();
    await openAs(page, who);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), `${path} for ${who.email}`).toBe(404);
      await expect(page.getByText(`参加 ${tag}`)).toHaveCount(0);
    }
    await context.close();
  }
});
