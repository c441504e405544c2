import { expect, type Page } from "@playwright/test";

/** The organiser's form at /meetups/new, filled field by field as a person would. */
export async function fillMeetupForm(
  page: Page,
  v: { title: string; date: string; start?: string; end?: string; adults?: string; children?: string; repeat?: string; until?: string },
) {
  await page.getByLabel("タイトル").fill(v.title);
  await page.getByLabel("会場名").fill("みどり市 子育て支援センター");
  await page.getByLabel("会場の住所").fill("みどり市本町1-2-3");
  await page.getByLabel("日付").fill(v.date);
  await page.getByLabel("開始時刻").fill(v.start ?? "10:00");
  await page.getByLabel("終了時刻").fill(v.end ?? "11:30");
  await page.getByLabel("定員(大人)").fill(v.adults ?? "10");
  await page.getByLabel("定員(子ども)").fill(v.children ?? "10");
  if (v.repeat) {
    await page.getByLabel("くり返し", { exact: true }).selectOption({ label: v.repeat });
    if (v.until !== undefined) await page.getByLabel("くり返しの最終日").fill(v.until);
  }
}

/** Signs up on a meetup's page with a party of this size; returns what the page then says. */
export async function rsvpOn(page: Page, meetupPath: string, adults = 1, children = 0) {
  await page.goto(meetupPath);
  await page.getByLabel("大人の人数").fill(String(adults));
  await page.getByLabel("子どもの人数").fill(String(children));
  await page.getByRole("button", { name: "申し込む" }).click();
}

export async function meetupPathOf(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/meetups\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}
