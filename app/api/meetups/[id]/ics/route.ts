import { siteOrigin } from "@/app/(member)/connections/_components/site-origin";
import { db } from "@/db";
import { findPublicMeetup } from "@/db/queries/meetups";
import { isUuid } from "@/lib/ids";
import { calendarFile } from "@/lib/meetups/calendar";
import { meetupEntry } from "@/lib/meetups/feed";

export const dynamic = "force-dynamic";

/** The meetup as an .ics file: what its public page shows (when, where), nothing about who comes. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const meetup = isUuid(id) ? await findPublicMeetup(db(), id) : null;
  if (!meetup) return new Response("Not Found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const body = calendarFile([meetupEntry(meetup, await siteOrigin())]);
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="meetup-${meetup.id}.ics"`,
      "Cache-Control": "no-store",
    },
  });
}
