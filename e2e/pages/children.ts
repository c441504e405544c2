import { expect, type Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { users } from "@/db/schema";
import { type ChildInput, emptyDetails } from "@/lib/children";
import { createChild } from "@/lib/children/workflows/save-child";
import { keyring } from "@/lib/crypto/sealed";
import { e2eSettings } from "../settings";

export const CHILD_ACTIONS = "app/(member)/children/actions.ts";

export interface ChildFormFill {
  name?: string;
  nameKana?: string;
  birthDate?: string;
  allergies?: string;
  medication?: string;
  healthNotes?: string;
  mayNotEat?: string;
  consent?: boolean;
}

export interface PersonFill {
  name?: string;
  relation?: string;
  phone?: string;
}

/** The add/change form of a child, found the way a person finds it: by section and label. */
export class ChildFormPage {
  constructor(private readonly page: Page) {}

  section(name: string) {
    return this.page.getByRole("region", { name });
  }

  /** The n-th (1-based) person of "緊急連絡先" or "お迎えできる大人". */
  person(section: "緊急連絡先" | "お迎えできる大人", n: number) {
    return this.section(section).getByRole("group", { name: `${n}人目` });
  }

  /** The error under a field; rows' fields are named like "contacts-1-phone". */
  errorOf(id: string) {
    return this.page.locator(`[id="${id}-error"]`);
  }

  async fill(v: ChildFormFill) {
    const basic = this.section("基本情報");
    const health = this.section("健康のこと");
    if (v.name !== undefined) await basic.getByLabel(/^お名前/).fill(v.name);
    if (v.nameKana !== undefined) await basic.getByLabel(/^ふりがな/).fill(v.nameKana);
    if (v.birthDate !== undefined) await basic.getByLabel(/^生年月日/).fill(v.birthDate);
    if (v.allergies !== undefined) await health.getByLabel(/^アレルギー/).fill(v.allergies);
    if (v.medication !== undefined) await health.getByLabel(/^飲んでいる薬/).fill(v.medication);
    if (v.healthNotes !== undefined) await health.getByLabel(/^そのほか健康のこと/).fill(v.healthNotes);
    if (v.mayNotEat !== undefined)
      await this.section("事前打ち合わせシート")
        .getByLabel(/^食べてはいけないもの/)
        .fill(v.mayNotEat);
    if (v.consent !== undefined) await health.getByRole("checkbox", { name: "健康のことを保存することに同意します" }).setChecked(v.consent);
  }

  async fillPerson(section: "緊急連絡先" | "お迎えできる大人", n: number, v: PersonFill) {
    const row = this.person(section, n);
    if (v.name !== undefined) await row.getByLabel(/^お名前/).fill(v.name);
    if (v.relation !== undefined) await row.getByLabel(/^続柄/).fill(v.relation);
    if (v.phone !== undefined) await row.getByLabel(/^電話番号/).fill(v.phone);
  }

  async addPerson(section: "緊急連絡先" | "お迎えできる大人") {
    const label = section === "緊急連絡先" ? "連絡先を追加する" : "お迎えできる大人を追加する";
    await this.section(section).getByRole("button", { name: label }).click();
  }

  async submit(label: "登録する" | "保存する") {
    await this.page.getByRole("button", { name: label }).click();
  }

  async expectRefused() {
    // Next.js keeps an empty route announcer with role "alert" on every page.
    await expect(this.page.getByRole("alert").filter({ hasText: "入力内容を確認してください。" })).toBeVisible();
  }
}

/** A birth date that makes a child `age` today (Tokyo), a month past the birthday. */
export function bornYearsAgo(age: number, now = new Date()): string {
  const d = new Date(now.getTime() + 9 * 3600_000);
  d.setUTCDate(d.getUTCDate() - 31);
  d.setUTCFullYear(d.getUTCFullYear() - age);
  return d.toISOString().slice(0, 10);
}

export async function userIdOf(db: DbHandle["db"], email: string): Promise<string> {
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!u) throw new Error(`no user ${email}`);
  return u.id;
}

/** Adds a child straight to the database, sealed with the key the e2e server uses. */
export async function addChildFor(db: DbHandle["db"], email: string, child: Partial<ChildInput> & { name: string }) {
  const input: ChildInput = {
    nameKana: "てすと",
    birthDate: bornYearsAgo(5),
    healthConsent: false,
    details: emptyDetails(),
    ...child,
  };
  return createChild(db, await userIdOf(db, email), input, keyring(e2eSettings().encryptionKey), new Date());
}
