import { eq } from "drizzle-orm";
import { members, users } from "@/db/schema";
import { expect, test } from "./fixtures";
import { callAction } from "./server-actions";
import { signInAs } from "./support/session";

test("onboarding cannot be called without signing in, nor twice to overwrite a profile", async ({ page, db }) => {
  const fields = {
    displayName: "なりすまし",
    nameKana: "なりすまし",
    municipalityId: "00000000-0000-4000-8000-000000000000",
    districtId: "00000000-0000-4000-8000-000000000000",
    birthDate: "1980-01-01",
    phone: "090-9999-9999",
    "capabilities[]": "parent",
    acceptTerms: "on",
  };
  const anonymous = await callAction(page, "app/(member)/actions.ts", "onboardAction", fields);
  expect(anonymous.result).toEqual({ ok: false, error: "ログインしてください。", fieldErrors: {} });

  await signInAs(page, db, "suzuki.kenta@example.com");
  await expect(page).toHaveURL(/\/home$/);
  const again = await callAction(page, "app/(member)/actions.ts", "onboardAction", fields, "/home");
  expect(again.result).toEqual({ ok: false, error: "プロフィールはすでに登録されています。", fieldErrors: {} });

  const [row] = await db
    .select({ name: members.displayName })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(eq(users.email, "suzuki.kenta@example.com"));
  expect(row?.name).toBe("鈴木 健太");
});
