import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { children, users } from "@/db/schema";
import { demoEmail, demoPhone } from "@/db/seed/data";
import { type ChildInput, emptyDetails } from "@/lib/children";
import { createChild } from "@/lib/children/workflows/save-child";
import { appKey } from "@/lib/crypto/app-key";
import type { Keyring } from "@/lib/crypto/sealed";
import { tokyoDate } from "@/lib/time/tokyo";

/** A birth date that makes the child `age` today, a little over three months past the birthday. */
function bornYearsAgo(today: string, age: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 100);
  d.setUTCFullYear(d.getUTCFullYear() - age);
  return d.toISOString().slice(0, 10);
}

const contact = (name: string, relation: string, i: number) => ({ name, relation, phone: demoPhone(i) });

// [parent e-mail local part, child, age today]
function demoChildren(): [string, Omit<ChildInput, "birthDate">, number][] {
  const child = (name: string, nameKana: string, details: Partial<ChildInput["details"]> = {}) => ({
    name,
    nameKana,
    healthConsent: Boolean(details.allergies || details.medication || details.healthNotes),
    details: { ...emptyDetails(), ...details },
  });
  return [
    [
      "sato.yoko",
      child("佐藤 はると", "さとう はると", {
        allergies: "卵(加熱したものも食べられません)",
        medication: "エピペンを持たせています(リュックの外ポケット)",
        foodHabits: "ごはんとお味噌汁が好き。野菜は小さく切ると食べます。",
        sleepHabits: "13時ごろから1時間ほどお昼寝。タオルがあると眠れます。",
        mayNotEat: "卵・卵を使ったお菓子(ケーキ、クッキー、マヨネーズ)",
        emergencyContacts: [contact("佐藤 陽子", "母", 0), contact("佐藤 正", "祖父", 90)],
        collectors: [{ name: "佐藤 和江", relation: "祖母", phone: demoPhone(91) }],
      }),
      4,
    ],
    [
      "sato.yoko",
      child("佐藤 みお", "さとう みお", {
        foodHabits: "なんでもよく食べます。",
        emergencyContacts: [contact("佐藤 陽子", "母", 0)],
      }),
      8,
    ],
    [
      "suzuki.kenta",
      child("鈴木 ゆい", "すずき ゆい", {
        sleepHabits: "お昼寝は12時半から。抱っこで寝ます。",
        emergencyContacts: [contact("鈴木 健太", "父", 1)],
      }),
      2,
    ],
    [
      "takahashi.misaki",
      child("高橋 そうた", "たかはし そうた", {
        healthNotes: "ぜんそく気味。走ったあとに咳が出たら休ませてください。",
        emergencyContacts: [contact("高橋 美咲", "母", 2)],
      }),
      5,
    ],
    // A baby sibling: on the profile, but too young for care until the first birthday.
    ["ito.shota", child("伊藤 りん", "いとう りん"), 0],
  ];
}

/** Demo children for some seeded parents; running it again adds nothing. */
export async function seedChildren(tx: Db, key: Keyring = appKey(), now = new Date()): Promise<void> {
  const today = tokyoDate(now);
  for (const [local, child, age] of demoChildren()) {
    const [parent] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, demoEmail(local)));
    if (!parent) continue;
    const [existing] = await tx
      .select({ id: children.id })
      .from(children)
      .where(and(eq(children.parentId, parent.id), eq(children.name, child.name)));
    if (existing) continue;
    await createChild(tx, parent.id, { ...child, birthDate: bornYearsAgo(today, age) }, key, now);
  }
}
