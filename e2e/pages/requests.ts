import { type Browser, expect, type Page } from "@playwright/test";
import type { DbHandle } from "@/db/client";
import { insertConnection } from "@/db/queries/connections";
import { seedRulebooks } from "@/db/seed/rulebooks";
import type { PostInput } from "@/lib/care/post/schema";
import { answerCareRequest } from "@/lib/care/workflows/answer";
import { postCareRequest } from "@/lib/care/workflows/post-request";
import { request } from "@/test/care-data";
import { addChildFor, bornYearsAgo } from "./children";
import { memberOnNewPage, type TestMember } from "./connections";

type Db = DbHandle["db"];
export const REQUEST_ACTIONS = "app/(member)/requests/actions.ts";
export const NOTIFICATION_ACTIONS = "app/(member)/notifications/actions.ts";
export const NOT_FOUND = { ok: false, error: "見つかりませんでした。", fieldErrors: {} };

/** A Tokyo date `days` from today, 'YYYY-MM-DD'. */
export function tokyoDay(days: number, now = new Date()): string {
  return new Date(now.getTime() + 9 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}
export const tokyoAt = (day: string, clock: string) => new Date(`${day}T${clock}:00+09:00`);

/** A parent with one child of `age`, and `names.length` connections (met unless listed in notMet), each signed in on a page of their own. */
export async function parentWithConnections(
  browser: Browser,
  db: Db,
  names: [string, string][],
  o: { age?: number; notMet?: string[] } = {},
) {
  await seedRulebooks(db);
  const parent = await memberOnNewPage(browser, db, `親 ${Date.now() % 100000}`, "おや");
  const childName = `子 ${Date.now() % 100000}`;
  const childId = await addChildFor(db, parent.member.email, { name: childName, nameKana: "こ", birthDate: bornYearsAgo(o.age ?? 4) });
  const others: { member: TestMember; page: Page }[] = [];
  for (const [name, kana] of names) {
    const other = await memberOnNewPage(browser, db, name, kana);
    const met = !(o.notMet ?? []).includes(name);
    await insertConnection(db, parent.member.id, other.member.id, met ? "in_person" : "distance", new Date(), met);
    others.push(other);
  }
  return { parent, childId, childName, others };
}

/** A request straight through the query (for tests that start from an existing request), two days ahead at 17:00–18:15. */
export async function postDirect(db: Db, parentId: string, childIds: string[], userIds: string[], over: Partial<PostInput> = {}) {
  const day = tokyoDay(2);
  const when = { startAt: tokyoAt(day, "17:00"), endAt: tokyoAt(day, "18:15") };
  return postCareRequest(db, parentId, request(childIds, userIds, { ...when, ...over }), new Date());
}

export async function okDirect(db: Db, userId: string, requestId: string, message = "大丈夫です") {
  await answerCareRequest(db, userId, { requestId, answer: "ok", message, waived: false, sheetRead: true, childSeat: true }, new Date());
}

/** The posting form, found the way a person finds it: by section and label. */
export class RequestFormPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto("/requests/new");
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("お願いを作る");
  }

  async fill(v: {
    kind?: "預かり" | "送迎" | "預かりと送迎";
    child?: string;
    date?: string;
    start?: string;
    end?: string;
    place?: string;
    pickup?: string;
    dropoff?: string;
    recipients?: string[];
  }) {
    const p = this.page;
    if (v.kind) await p.getByRole("radio", { name: v.kind, exact: true }).check();
    if (v.child) await p.getByRole("checkbox", { name: new RegExp(v.child) }).check();
    if (v.date) await p.getByLabel(/^日にち/).fill(v.date);
    if (v.start) await p.getByLabel(/^はじまり/).selectOption(v.start);
    if (v.end) await p.getByLabel(/^おわり/).selectOption(v.end);
    if (v.place) await p.getByRole("radio", { name: v.place }).check();
    if (v.pickup) await p.getByLabel(/^お迎えの場所/).fill(v.pickup);
    if (v.dropoff) await p.getByLabel(/^送り届ける場所/).fill(v.dropoff);
    for (const name of v.recipients ?? []) await p.getByRole("checkbox", { name: new RegExp(name) }).check();
  }

  preview() {
    return this.page.getByRole("region", { name: "お礼の目安と保険" });
  }

  async submit() {
    await this.page.getByRole("button", { name: "この内容でお願いする" }).click();
  }

  errorOf(id: string) {
    return this.page.locator(`[id="${id}-error"]`);
  }

  async expectRefused() {
    await expect(this.page.getByRole("alert").filter({ hasText: "入力内容を確認してください。" })).toBeVisible();
  }
}

/** One request's page. */
export class RequestPage {
  constructor(private readonly page: Page) {}

  async open(id: string) {
    return this.page.goto(`/requests/${id}`);
  }

  async sayOk(message?: string) {
    const p = this.page;
    await p.getByRole("checkbox", { name: "お願いの内容を確かめました" }).check();
    if (message) await p.getByLabel(/^ひとこと/).fill(message);
    await p.getByRole("button", { name: "OKする" }).click();
    await expect(p.getByRole("status").filter({ hasText: "OKと返事しました。" })).toBeVisible();
  }

  offers() {
    return this.page.getByRole("region", { name: /^OKの返事/ });
  }

  async choose(name: string) {
    await this.page.getByRole("button", { name: `${name}さんにお願いする` }).click();
    await expect(this.page.getByRole("status").filter({ hasText: "お願いする人が決まりました。" })).toBeVisible();
  }
}
