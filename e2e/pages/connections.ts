import { type Browser, expect, type Page } from "@playwright/test";
import type { DbHandle } from "@/db/client";
import { personalToken } from "@/db/queries/connections";
import { presenceCode } from "@/lib/connections/presence";
import { newMember } from "@/test/members";
import { e2eSettings } from "../settings";
import { signInContext } from "../support/session";

type Db = DbHandle["db"];
export type TestMember = Awaited<ReturnType<typeof newMember>> & { name: string };

/** A fresh member (unique e-mail and phone) signed in on a blank page of its own browser context. */
export async function memberOnNewPage(
  browser: Browser,
  db: Db,
  name: string,
  kana: string,
  o: { town?: string; phone?: string; phoneVerified?: boolean } = {},
) {
  const member = { ...(await newMember(db, { name, kana, ...o })), name };
  const context = await browser.newContext();
  await signInContext(context, member);
  return { member, page: await context.newPage() };
}

export class ConnectionsPage {
  constructor(private readonly page: Page) {}

  async open(q?: string) {
    await this.page.goto(q === undefined ? "/connections" : `/connections?q=${encodeURIComponent(q)}`);
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText(/シェア友|Connections/);
  }

  async personalLink(): Promise<string> {
    return this.page.getByLabel("あなた専用のリンク").inputValue();
  }

  qrCode() {
    return this.page.getByRole("img", { name: "シェア友になるためのあなた専用のQRコード" });
  }

  /** The URL the QR code on the screen carries right now: the personal link and the minute's presence code. */
  async liveQrUrl(): Promise<string> {
    const url = await this.qrCode().getAttribute("data-url");
    if (!url) throw new Error("the QR code carries no URL");
    return url;
  }

  list() {
    return this.page.getByRole("region", { name: /^シェア友\(/ });
  }

  entryFor(name: string) {
    return this.list()
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("link", { name }) });
  }

  async search(q: string) {
    await this.page.getByRole("searchbox", { name: "お名前・ふりがな" }).fill(q);
    await this.page.getByRole("button", { name: "さがす" }).click();
    await expect(this.page).toHaveURL(/[?&]q=/);
  }

  searchResults() {
    return this.page.getByRole("region", { name: "名前でさがす" }).getByRole("listitem");
  }
}

export class DigitsPage {
  constructor(private readonly page: Page) {}

  field() {
    return this.page.getByLabel(/電話番号の下4桁/);
  }

  async enter(digits: string) {
    await this.field().fill(digits);
    await this.page.getByRole("button", { name: "確認する", exact: true }).click();
  }

  fieldError() {
    return this.page.locator("#digits-error");
  }

  lockedMessage() {
    return this.page.getByText(/まで、.+との番号の確認はできません/);
  }
}

/** The path of the digits page a request button led to. */
export async function requestPathOf(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/connections\/requests\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

/**
 * The URL of a member's live QR code at `at`, as their screen would show it: signed with the test
 * server's secret. Scanning it is being together with them; an old one is a screenshot.
 */
export async function liveLinkOf(db: Db, userId: string, at = new Date()): Promise<string> {
  const token = await personalToken(db, userId);
  return `/c/${token}?p=${presenceCode(e2eSettings().authSecret, token, at)}`;
}
