import type { Browser, Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { insertConnection } from "@/db/queries/connections";
import { careRequests } from "@/db/schema";
import type { CareKind } from "@/lib/care/post/schema";
import { type ChildInput, emptyDetails } from "@/lib/children";
import { createChild } from "@/lib/children/workflows/save-child";
import { keyring } from "@/lib/crypto/sealed";
import { insertCare } from "@/test/care-insert";
import { newMember } from "@/test/members";
import { bornYearsAgo } from "../pages/children";
import { e2eSettings } from "../settings";
import { signInContext, userByEmail } from "./session";
import { uniqueTag } from "./tag";

type Db = DbHandle["db"];
const HOUR = 60 * 60 * 1000;

/** A child with health details, contacts and collectors, sealed with the key the e2e server uses. */
export function childWithDetails(name: string, age: number): ChildInput {
  return {
    name,
    nameKana: "てすと",
    birthDate: bornYearsAgo(age),
    healthConsent: true,
    details: {
      ...emptyDetails(),
      allergies: "卵(加熱したものも食べられません)",
      medication: "エピペン(リュックの外ポケット)",
      foodHabits: "ごはんが好き",
      mayNotEat: "卵・マヨネーズ",
      sleepHabits: "13時ごろから1時間お昼寝",
      emergencyContacts: [{ name: "緊急 連絡", relation: "祖母", phone: "+819012345678" }],
      collectors: [{ name: "迎 えに子", relation: "叔母", phone: null }],
    },
  };
}

/**
 * A care written straight to the database between fresh members: the parent, the chosen helper,
 * a recipient who was not chosen, and an outsider. Times are relative to now.
 */
export async function careBetweenFreshMembers(
  db: Db,
  o: { startInHours: number; hours?: number; kind?: CareKind; childAge?: number; matched?: boolean } = { startInHours: 1 },
) {
  const tag = uniqueTag();
  const person = async (name: string, kana: string) => ({ ...(await newMember(db, { name, kana })), name });
  const parent = await person(`安全 親${tag}`, "あんぜん おや");
  const helper = await person(`安全 助${tag}`, "あんぜん たすけ");
  const recipient = await person(`安全 受${tag}`, "あんぜん うけ");
  const outsider = await person(`安全 外${tag}`, "あんぜん そと");
  // The parent knows both whom they asked, as posting would have required; the outsider knows nobody.
  for (const friend of [helper, recipient]) await insertConnection(db, parent.id, friend.id, "in_person", new Date(), true);
  const childName = `安全 こども${tag}`;
  const childId = await createChild(
    db,
    parent.id,
    childWithDetails(childName, o.childAge ?? 2),
    keyring(e2eSettings().encryptionKey),
    new Date(),
  );
  const startAt = new Date(Date.now() + o.startInHours * HOUR);
  const endAt = new Date(startAt.getTime() + (o.hours ?? 2) * HOUR);
  const requestId = await insertCare(db, {
    parentId: parent.id,
    childIds: [childId],
    startAt,
    endAt,
    helperId: o.matched === false ? undefined : helper.id,
    recipients: [recipient.id, ...(o.matched === false ? [helper.id] : [])],
    kind: o.kind,
  });
  return { parent, helper, recipient, outsider, childId, childName, requestId };
}

/** Moves a care in time, as the clock would: the end `endedHoursAgo` hours before now. */
export async function endCareHoursAgo(db: Db, requestId: string, endedHoursAgo: number, hours = 2) {
  const endAt = new Date(Date.now() - endedHoursAgo * HOUR);
  await db
    .update(careRequests)
    .set({ startAt: new Date(endAt.getTime() - hours * HOUR), endAt })
    .where(eq(careRequests.id, requestId));
}

/** A blank page of its own browser context, signed in as the member with this e-mail. */
export async function signedIn(browser: Browser, db: Db, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: "ja-JP", timezoneId: "Asia/Tokyo" });
  await signInContext(context, await userByEmail(db, email));
  return context.newPage();
}
