import type { Page } from "@playwright/test";

export interface OnboardingValues {
  displayName: string;
  nameKana: string;
  municipality: string;
  district: string;
  birthDate: string;
  phone: string;
  acceptTerms: boolean;
}

export class OnboardingPage {
  constructor(private readonly page: Page) {}

  field(label: RegExp) {
    return this.page.getByLabel(label);
  }

  /** The error shown under a field (its id is the form field's name). */
  errorOf(name: string) {
    return this.page.locator(`#${name}-error`);
  }

  async fill(v: Partial<OnboardingValues>) {
    if (v.displayName !== undefined) await this.field(/^お名前/).fill(v.displayName);
    if (v.nameKana !== undefined) await this.field(/^ふりがな/).fill(v.nameKana);
    if (v.municipality) await this.field(/^お住まいの市区町村/).selectOption({ label: v.municipality });
    if (v.district) await this.field(/^地区/).selectOption({ label: v.district });
    if (v.birthDate !== undefined) await this.field(/^生年月日/).fill(v.birthDate);
    if (v.phone !== undefined) await this.field(/^電話番号/).fill(v.phone);
    if (v.acceptTerms) await this.page.getByRole("checkbox", { name: /同意します/ }).check();
  }

  async submit() {
    await this.page.getByRole("button", { name: "登録して始める" }).click();
  }
}
