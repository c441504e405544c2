import { siteOrigin } from "@/app/(member)/connections/_components/site-origin";
import { db } from "@/db";
import { feedOwner, memberMatchedCares, memberMeetups } from "@/db/queries/meetups";
import { findUserWithMember } from "@/db/queries/members";
import { translator } from "@/lib/i18n/messages";
import { tokenField } from "@/lib/ids";
import { calendarFile } from "@/lib/meetups/calendar";
import { feedEntries } from "@/lib/meetups/feed";
import { hashFeedToken } from "@/lib/meetups/feed-token";
import { addDays } from "@/lib/time/dates";
import { atTokyo, tokyoDate } from "@/lib/time/tokyo";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not Found", { status: 404, headers: { "Cache-Control": "no-store" } });
/** How far back the feed reaches: calendar apps keep what they already fetched. */
const PAST_DAYS = 90;

/**
 * A member's personal calendar, opened by the secret in its URL (calendar apps cannot sign in).
 * A rotated or unknown secret, or a suspended member, is "not found". Times and places only.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const ics = token.endsWith(".ics") ? token.slice(0, -4) : token;
  if (!tokenField().safeParse(ics).success) return notFound();
  const userId = await feedOwner(db(), hashFeedToken(ics));
  const found = userId ? await findUserWithMember(db(), userId) : null;
  if (!userId || !found?.member || found.member.status !== "active") return notFound();
  const now = new Date();
  const since = atTokyo(addDays(tokyoDate(now), -PAST_DAYS), "00:00");
  const [meetups, cares] = await Promise.all([memberMeetups(db(), userId, since), memberMatchedCares(db(), userId, since)]);
  const t = translator(found.member.locale);
  const tc = (key: string) => t(`calendar.${key}`);
  const body = calendarFile(feedEntries(meetups, cares, await siteOrigin(), tc), tc("feedName"));
  return new Response(body, { headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "no-store" } });
}
