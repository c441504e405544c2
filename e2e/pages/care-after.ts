import { expect, type Page } from "@playwright/test";

export const AFTER_ACTIONS = "app/(member)/requests/[id]/_after/actions.ts";
export const DISPUTE_ACTIONS = "app/(admin)/admin/disputes/actions.ts";

/** The after-matching part of a request page, found as a person finds it: by heading, label and button. */
export class AfterSection {
  constructor(private readonly page: Page) {}

  card(title: string | RegExp) {
    return this.page.getByRole("region", { name: title, exact: typeof title === "string" });
  }

  /** Unfolds a step kept behind its name (時間を変更したい, キャンセルする…). */
  async unfold(name: string) {
    await this.page.locator("summary", { hasText: name }).click();
  }

  async report(start: string, end: string, expenses: { kind?: string; label: string; yen: string }[] = []) {
    const card = this.card("終了の報告");
    await card.getByLabel(/^実際に始まった時刻/).fill(start);
    await card.getByLabel(/^実際に終わった時刻/).fill(end);
    for (const [i, e] of expenses.entries()) {
      await card.getByRole("button", { name: "実費を追加する" }).click();
      const row = card.getByRole("group", { name: `実費 ${i + 1}` });
      if (e.kind) await row.getByLabel(/^種類/).selectOption({ label: e.kind });
      await row.getByLabel(/^内容/).fill(e.label);
      await row.getByLabel(/^金額/).fill(e.yen);
    }
    await card.getByRole("button", { name: /終了を報告する|なおした報告を送る/ }).click();
  }

  async confirm() {
    await this.card("終了の報告の確認").getByRole("button", { name: "内容を確認する" }).click();
    await expect(this.card("お礼の明細")).toBeVisible();
  }

  async handOver(button: "現金で渡しました" | "現金で受け取りました") {
    await this.card("お礼の受け渡し").getByRole("button", { name: button }).click();
  }

  async withReason(open: string, label: RegExp, reason: string, submit: string) {
    await this.unfold(open);
    await this.page.getByLabel(label).fill(reason);
    await this.page.getByRole("button", { name: submit, exact: true }).click();
  }

  async expectRefused(message: string | RegExp) {
    await expect(this.page.getByRole("alert").filter({ hasText: message })).toBeVisible();
  }
}
