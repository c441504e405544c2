import { and, eq, inArray } from "drizzle-orm";
import { DEFAULT_ADULT_AGE } from "@/lib/insurance";
import { tokyoDate } from "@/lib/time/tokyo";
import type { Db } from "./client";
import { confirmReport, reportCare, reportOf } from "./queries/care-completion";
import { answerSurvey, thankHelper } from "./queries/care-feedback";
import { answerCareRequest } from "./queries/care-request-answer";
import { chooseHelper } from "./queries/care-request-choose";
import { postCareRequest } from "./queries/care-request-post";
import { confirmHandOver } from "./queries/care-settlement";
import { careRequests, children, users } from "./schema";
import { demoEmail } from "./seed-data";
import { atTokyo } from "@/lib/time/tokyo";

type Stage = "reported" | "settled";
type Demo = { helper: string; child: string; day: number; from: string; to: string; actual: [string, string]; stage: Stage; notes: string };

// Two past cares of 佐藤 陽子's, so the demo shows what comes after matching: one settled with
// its receipt, thank-you and survey, one reported and waiting for her to confirm it.
// The notes tell them apart, so seeding again adds nothing.
const DEMOS: Demo[] = [
  { helper: "suzuki.kenta", child: "佐藤 はると", day: -3, from: "10:00", to: "11:00", actual: ["10:00", "11:10"], stage: "settled", notes: "午前中の通院のあいだ、お願いします。" },
  { helper: "watanabe.yumi", child: "佐藤 みお", day: -1, from: "16:00", to: "17:30", actual: ["16:05", "17:40"], stage: "reported", notes: "習いごとのあと、夕方まで見ていただけると助かります。" },
];

const at = (today: string, days: number, clock: string) => new Date(atTokyo(today, clock).getTime() + days * 86_400_000);

/**
 * Through the same functions the app uses: posted and chosen the day before, reported after the
 * end, then (for the settled one) confirmed, handed over in cash, thanked and surveyed. Needs the
 * demo members, children and connections (and seedCare's rulebooks); skips what is missing.
 */
export async function seedCareAfter(tx: Db, now = new Date()): Promise<void> {
  const people = await tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, ["sato.yoko", ...DEMOS.map((d) => d.helper)].map(demoEmail)));
  const id = (local: string) => people.find((p) => p.email === demoEmail(local))?.id;
  const parentId = id("sato.yoko");
  if (!parentId) return;
  const today = tokyoDate(now);
  for (const demo of DEMOS) {
    const helperId = id(demo.helper);
    const [child] = await tx.select({ id: children.id }).from(children).where(and(eq(children.parentId, parentId), eq(children.name, demo.child)));
    const [done] = await tx.select({ id: careRequests.id }).from(careRequests).where(and(eq(careRequests.parentId, parentId), eq(careRequests.notes, demo.notes)));
    if (!helperId || !child || done) continue;
    const startAt = at(today, demo.day, demo.from);
    const dayBefore = new Date(startAt.getTime() - 86_400_000);
    const input = { kind: "azukari" as const, childIds: [child.id], startAt, endAt: at(today, demo.day, demo.to), place: "helper_home" as const, placeNote: null, pickupPlace: null, dropoffPlace: null, mealNeeded: false, notes: demo.notes, audience: { kind: "people" as const, userIds: [helperId] } };
    // Connections the demo relies on may be missing (or blocked) in a database people have used.
    const requestId = await postCareRequest(tx, parentId, input, new Date(dayBefore.getTime() - 3_600_000)).catch(() => null);
    if (!requestId) continue;
    await answerCareRequest(tx, helperId, { requestId, answer: "ok", message: "大丈夫です。", waived: false, sheetRead: true, childSeat: true }, dayBefore);
    await chooseHelper(tx, { parentId, requestId, helperId, now: dayBefore, adultAge: DEFAULT_ADULT_AGE });
    const afterEnd = at(today, demo.day, "20:00");
    const expenses = demo.stage === "settled" ? [{ kind: "transport" as const, label: "病院までのバス代", yen: 220 }] : [];
    await reportCare(tx, { requestId, viewerId: helperId, startTime: demo.actual[0], endTime: demo.actual[1], expenses, now: afterEnd });
    if (demo.stage !== "settled") continue;
    const reportedAt = (await reportOf(tx, requestId))!.reportedAt.toISOString();
    await confirmReport(tx, { requestId, viewerId: parentId, reportedAt, now: afterEnd });
    await confirmHandOver(tx, { requestId, viewerId: parentId, now: afterEnd });
    await confirmHandOver(tx, { requestId, viewerId: helperId, now: afterEnd });
    await thankHelper(tx, { requestId, viewerId: parentId, message: "急なお願いだったのに、本当に助かりました。ありがとうございました。", now: afterEnd });
    await answerSurvey(tx, { requestId, viewerId: parentId, form: { requestId, wouldUseAgain: "yes", outcomes: ["secured_hours"] }, now: afterEnd });
  }
}
