import type { Db, DbHandle } from "@/db/client";
import { insertConnection } from "@/db/queries/connections";
import { seedRulebooks } from "@/db/seed/rulebooks";
import { seedDemo } from "@/db/seed/town";
import type { PostInput } from "@/lib/care/post/schema";
import { emptyDetails } from "@/lib/children";
import { createChild } from "@/lib/children/workflows/save-child";
import { generateKey, keyring } from "@/lib/crypto/sealed";
import { createTestDb, type TestDbKind } from "@/test/db";
import { newMember } from "@/test/members";

// Builders for the care integration tests: fresh members, so tests never share rows.

const KEY = keyring(generateKey());
let serial = 0;

export async function member(db: Db, name = "テスト", o: { town?: string; status?: "active" | "suspended" } = {}) {
  serial += 1;
  return (await newMember(db, { name: `${name}${serial}`, kana: "てすと", ...o })).id;
}

export async function connect(db: Db, a: string, b: string, met = true, now = new Date("2026-01-01T00:00:00Z")) {
  await insertConnection(db, a, b, met ? "in_person" : "distance", now, met);
}

export async function child(db: Db, parentId: string, birthDate: string, name = "子ども") {
  const input = { name, nameKana: "こども", birthDate, healthConsent: false, details: emptyDetails() };
  return createChild(db, parentId, input, KEY, new Date("2026-01-01T00:00:00Z"));
}

/** A 預かり request of 1 h 30 min on 25 November 2026 from 17:00 Tokyo, asking `userIds`. */
export function request(childIds: string[], userIds: string[], over: Partial<PostInput> = {}): PostInput {
  return {
    kind: "azukari",
    childIds,
    startAt: new Date("2026-11-25T17:00:00+09:00"),
    endAt: new Date("2026-11-25T18:30:00+09:00"),
    place: "helper_home",
    placeNote: null,
    pickupPlace: null,
    dropoffPlace: null,
    mealNeeded: false,
    notes: null,
    audience: { kind: "people", userIds },
    ...over,
  };
}

/** Before the request of `request()`. */
export const BEFORE = new Date("2026-11-24T09:00:00+09:00");

export const ok = (requestId: string, over: Partial<{ waived: boolean; childSeat: boolean; message: string | null }> = {}) => ({
  requestId,
  answer: "ok" as const,
  message: "大丈夫です",
  waived: false,
  sheetRead: true,
  childSeat: false,
  ...over,
});

/** Several fresh members at once, as a tuple: `const [parent, a] = await members(db, "親", "甲")`. */
export async function members<const N extends readonly string[]>(db: Db, ...names: N): Promise<{ [K in keyof N]: string }> {
  const ids: string[] = [];
  for (const name of names) ids.push(await member(db, name));
  return ids as { [K in keyof N]: string };
}

/** A fresh database with the demo town and the rulebooks: what every care workflow test starts from. */
export async function createCareTestDb(kind: TestDbKind): Promise<DbHandle> {
  const h = await createTestDb(kind);
  await seedDemo(h.db);
  await seedRulebooks(h.db);
  return h;
}
