import { expect, type Page } from "@playwright/test";

export class GroupsPage {
  constructor(private readonly page: Page) {}

  async create(name: string, kind: string) {
    await this.page.goto("/groups/new");
    await this.page.getByLabel(/^グループの名前/).fill(name);
    await this.page.getByLabel(/^種類/).selectOption({ label: kind });
    await this.page.getByRole("button", { name: "つくる", exact: true }).click();
  }

  async inviteLink(): Promise<string> {
    await expect(this.page).toHaveURL(/\/groups\/[0-9a-f-]{36}$/);
    return this.page.getByRole("textbox", { name: "グループの方に送るリンク" }).inputValue();
  }

  members() {
    return this.page.getByRole("region", { name: /^メンバー/ }).getByRole("listitem");
  }
}
