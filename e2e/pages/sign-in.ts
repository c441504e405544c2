import { expect, type Page } from "@playwright/test";
import type { DbHandle } from "@/db/client";
import { latestSignInLink } from "../fixtures";

export class SignInPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto("/signin");
  }

  async requestLink(email: string) {
    await this.page.getByRole("textbox", { name: /メールアドレス|Email address/ }).fill(email);
    await this.page.getByRole("button", { name: /ログインリンクを送る|Send me a sign-in link/ }).click();
    await expect(this.page).toHaveURL(/\/signin\/check-email/);
  }

  /** Asks for a link, then opens it from the outbox as the member would from their mail. */
  async signInByEmail(db: DbHandle["db"], email: string) {
    await this.open();
    await this.requestLink(email);
    await this.page.goto(await latestSignInLink(db, email));
  }
}
