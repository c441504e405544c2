import { siteOrigin } from "@/app/(member)/connections/_components/site-origin";
import { db } from "@/db";
import { findPublicMeetup } from "@/db/queries/meetups";
import { isUuid } from "@/lib/ids";
import { calendarFile } from "@/lib/meetups/calendar";

export const dynamic = "force-dynamic";

/** The meetup as an .ics file: what its public page shows (when, where), nothing about who comes. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const meetup = isUuid(id) ? await findPublicMeetup(db(), id) : null;
  if (!meetup) return new Response("Not Found", { status: 404 });
  const url = `${await siteOrigin()}/meetups/${meetup.id}`;
  const body = calendarFile([
    {
      uid: `meetup-${meetup.id}@otagai`,
      title: meetup.title,
      startsAt: meetup.startsAt,
      endsAt: meetup.endsAt,
      location: `${meetup.venueName} ${meetup.venueAddress}`,
      description: meetup.description || undefined,
      url,
      cancelled: meetup.status === "cancelled",
    },
  ]);
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="meetup-${meetup.id}.ics"`,
      "Cache-Control": "no-store",
    },
  });
}
