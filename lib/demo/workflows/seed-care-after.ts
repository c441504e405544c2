import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reportOf } from "@/db/queries/care-completion";
import { careRequests, children } from "@/db/schema";
import { demoUserIds } from "@/db/seed/people";
import { answerCareRequest } from "@/lib/care/workflows/answer";
import { answerSurvey } from "@/lib/care/workflows/answer-survey";
import { chooseHelper } from "@/lib/care/workflows/choose";
import { confirmReport } from "@/lib/care/workflows/confirm";
import { confirmHandOver } from "@/lib/care/workflows/confirm-hand-over";
import { postCareRequest } from "@/lib/care/workflows/post-request";
import { reportCare } from "@/lib/care/workflows/report";
import { thankHelper } from "@/lib/care/workflows/thank-helper";
import { DEFAULT_ADULT_AGE } from "@/lib/insurance";
import { addDays } from "@/lib/time/dates";
import { atTokyo, tokyoDate } from "@/lib/time/tokyo";

type Stage = "reported" | "confirmed" | "settled";
type Demo = {
  parent: string;
  helper: string;
  child: string;
  day: number;
  from: string;
  to: string;
  actual: [string, string];
  stage: Stage;
  notes: string;
};

// Past cares, so the demo shows what comes after matching: 佐藤 陽子 has one settled with its
// receipt, thank-you and survey, and one reported and waiting for her to confirm it; 鈴木 健太
// has confirmed one and still has to hand the thank-you over in cash.
// The notes tell them apart, so seeding again adds nothing.
const DEMOS: Demo[] = [
  {
    parent: "sato.yoko",
    helper: "suzuki.kenta",
    child: "佐藤 はると",
    day: -3,
    from: "10:00",
    to: "11:00",
    actual: ["10:00", "11:10"],
    stage: "settled",
    notes: "午前中の通院のあいだ、お願いします。",
  },
  {
    parent: "sato.yoko",
    helper: "watanabe.yumi",
    child: "佐藤 みお",
    day: -1,
    from: "16:00",
    to: "17:30",
    actual: ["16:05", "17:40"],
    stage: "reported",
    notes: "習いごとのあと、夕方まで見ていただけると助かります。",
  },
  {
    parent: "suzuki.kenta",
    helper: "ito.shota",
    child: "鈴木 ゆい",
    day: -2,
    from: "09:00",
    to: "11:00",
    actual: ["09:00", "11:00"],
    stage: "confirmed",
    notes: "朝の用事のあいだ、2時間だけお願いします。",
  },
];

const at = (today: string, days: number, clock: string) => atTokyo(addDays(today, days), clock);

/**
 * Through the same functions the app uses: posted and chosen the day before, reported after the
 * end, then confirmed (all but the reported one) and, for the settled one, handed over in cash,
 * thanked and surveyed. Needs the demo members, children and connections (and seedCare's
 * rulebooks); skips what is missing.
 */
export async function seedCareAfter(db: Db, now = new Date()): Promise<void> {
  const id = await demoUserIds(
    db,
    DEMOS.flatMap((d) => [d.parent, d.helper]),
  );
  const today = tokyoDate(now);
  for (const demo of DEMOS) {
    const [parentId, helperId] = [id(demo.parent), id(demo.helper)];
    if (!parentId || !helperId) continue;
    const [child] = await db
      .select({ id: children.id })
      .from(children)
      .where(and(eq(children.parentId, parentId), eq(children.name, demo.child)));
    const [done] = await db
      .select({ id: careRequests.id })
      .from(careRequests)
      .where(and(eq(careRequests.parentId, parentId), eq(careRequests.notes, demo.notes)));
    if (!child || done) continue;
    const startAt = at(today, demo.day, demo.from);
    const dayBefore = new Date(startAt.getTime() - 86_400_000);
    const input = {
      kind: "azukari" as const,
      childIds: [child.id],
      startAt,
      endAt: at(today, demo.day, demo.to),
      place: "helper_home" as const,
      placeNote: null,
      pickupPlace: null,
      dropoffPlace: null,
      mealNeeded: false,
      notes: demo.notes,
      audience: { kind: "people" as const, userIds: [helperId] },
    };
    // Connections the demo relies on may be missing (or blocked) in a database people have used.
    const requestId = await postCareRequest(db, parentId, input, new Date(dayBefore.getTime() - 3_600_000)).catch(() => null);
    if (!requestId) continue;
    await answerCareRequest(
      db,
      helperId,
      { requestId, answer: "ok", message: "大丈夫です。", waived: false, sheetRead: true, childSeat: true },
      dayBefore,
    );
    await chooseHelper(db, { parentId, requestId, helperId, now: dayBefore, adultAge: DEFAULT_ADULT_AGE });
    const afterEnd = at(today, demo.day, "20:00");
    const expenses = demo.stage === "settled" ? [{ kind: "transport" as const, label: "病院までのバス代", yen: 220 }] : [];
    await reportCare(db, { requestId, viewerId: helperId, startTime: demo.actual[0], endTime: demo.actual[1], expenses, now: afterEnd });
    if (demo.stage === "reported") continue;
    const reportedAt = (await reportOf(db, requestId))!.reportedAt.toISOString();
    await confirmReport(db, { requestId, viewerId: parentId, reportedAt, now: afterEnd });
    if (demo.stage !== "settled") continue;
    await confirmHandOver(db, { requestId, viewerId: parentId, now: afterEnd });
    await confirmHandOver(db, { requestId, viewerId: helperId, now: afterEnd });
    await thankHelper(db, {
      requestId,
      viewerId: parentId,
      message: "急なお願いだったのに、本当に助かりました。ありがとうございました。",
      now: afterEnd,
    });
    await answerSurvey(db, {
      requestId,
      viewerId: parentId,
      form: { requestId, wouldUseAgain: "yes", outcomes: ["secured_hours"] },
      now: afterEnd,
    });
  }
}
