import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { careRequests, children } from "@/db/schema";
import { demoUserIds } from "@/db/seed/people";
import { seedRulebooks } from "@/db/seed/rulebooks";
import type { PostInput } from "@/lib/care/post/schema";
import { answerCareRequest } from "@/lib/care/workflows/answer";
import { chooseHelper } from "@/lib/care/workflows/choose";
import { expireDueRequests } from "@/lib/care/workflows/expire-due";
import { postCareRequest } from "@/lib/care/workflows/post-request";
import { DEFAULT_ADULT_AGE } from "@/lib/insurance";
import { addDays } from "@/lib/time/dates";
import { atTokyo, tokyoDate } from "@/lib/time/tokyo";

type Demo = {
  parent: string;
  child: string;
  asked: string[];
  /** Days from today (Tokyo) and Tokyo wall-clock times. */
  day: number;
  from: string;
  to: string;
  request: Pick<PostInput, "kind" | "place" | "pickupPlace" | "dropoffPlace" | "mealNeeded"> & { notes: string };
  ok?: { by: string; message: string; waived: boolean };
  chosen?: boolean;
};

// The notes tell the demo requests apart, so seeding again adds nothing.
const DEMOS: Demo[] = [
  {
    parent: "sato.yoko",
    child: "佐藤 はると",
    asked: ["suzuki.kenta", "watanabe.yumi", "tanaka.keiko"],
    day: 1,
    from: "17:00",
    to: "18:30",
    request: {
      kind: "azukari",
      place: "helper_home",
      pickupPlace: null,
      dropoffPlace: null,
      mealNeeded: false,
      notes: "保育園のお迎えのあと、夕方まで見ていただけると助かります。",
    },
    ok: { by: "suzuki.kenta", message: "17時からなら大丈夫です。", waived: false },
  },
  {
    parent: "takahashi.misaki",
    child: "高橋 そうた",
    asked: ["sato.yoko", "watanabe.yumi"],
    day: 3,
    from: "15:00",
    to: "15:45",
    request: {
      kind: "soge",
      place: null,
      pickupPlace: "みどり保育園",
      dropoffPlace: "自宅(本町二丁目)",
      mealNeeded: false,
      notes: "雨の日は傘をお願いします。",
    },
  },
  {
    parent: "suzuki.kenta",
    child: "鈴木 ゆい",
    asked: ["sato.yoko", "ito.shota"],
    day: 2,
    from: "10:00",
    to: "12:00",
    request: {
      kind: "azukari",
      place: "parent_home",
      pickupPlace: null,
      dropoffPlace: null,
      mealNeeded: true,
      notes: "午前中だけお願いします。お昼ごはんは用意しておきます。",
    },
    ok: { by: "sato.yoko", message: "よろこんで。いつもお世話になっているので、気持ちだけで大丈夫です。", waived: true },
    chosen: true,
  },
  {
    parent: "sato.yoko",
    child: "佐藤 みお",
    asked: ["watanabe.yumi"],
    day: -7,
    from: "16:00",
    to: "17:00",
    request: {
      kind: "azukari",
      place: "helper_home",
      pickupPlace: null,
      dropoffPlace: null,
      mealNeeded: false,
      notes: "学童のあと1時間だけお願いします。",
    },
  },
];

const at = (today: string, days: number, clock: string) => atTokyo(addDays(today, days), clock);

/**
 * Rulebooks, then a few requests between seeded connections in various states (open with an
 * offer, open, matched, expired), through the same functions the app uses. Needs the demo
 * members, children and connections; without them only the rulebooks are added. Idempotent.
 */
export async function seedCare(tx: Db, now = new Date()): Promise<void> {
  await seedRulebooks(tx);
  const id = await demoUserIds(
    tx,
    DEMOS.flatMap((d) => [d.parent, ...d.asked]),
  );
  const today = tokyoDate(now);
  for (const demo of DEMOS) {
    const parentId = id(demo.parent);
    if (!parentId) continue;
    const [child] = await tx
      .select({ id: children.id })
      .from(children)
      .where(and(eq(children.parentId, parentId), eq(children.name, demo.child)));
    const [done] = await tx
      .select({ id: careRequests.id })
      .from(careRequests)
      .where(and(eq(careRequests.parentId, parentId), eq(careRequests.notes, demo.request.notes)));
    const asked = demo.asked.map(id);
    if (!child || done || asked.some((a) => !a)) continue;
    const startAt = at(today, demo.day, demo.from);
    const input: PostInput = {
      ...demo.request,
      childIds: [child.id],
      startAt,
      endAt: at(today, demo.day, demo.to),
      placeNote: null,
      audience: { kind: "people", userIds: asked as string[] },
    };
    // Connections the demo relies on may be missing (or blocked) in a database people have used.
    const requestId = await postCareRequest(tx, parentId, input, new Date(Math.min(now.getTime(), startAt.getTime() - 86_400_000))).catch(
      () => null,
    );
    if (!requestId || !demo.ok) continue;
    const helperId = id(demo.ok.by)!;
    await answerCareRequest(
      tx,
      helperId,
      { requestId, answer: "ok", message: demo.ok.message, waived: demo.ok.waived, sheetRead: true, childSeat: true },
      now,
    );
    if (demo.chosen) await chooseHelper(tx, { parentId, requestId, helperId, now, adultAge: DEFAULT_ADULT_AGE });
  }
  await expireDueRequests(tx, now);
}
