import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { siteOrigin } from "@/app/(member)/connections/_components/site-origin";
import { db } from "@/db";
import { findTicket } from "@/db/queries/meetup-attendance";
import { requireMember } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/ids";
import { ticketUrl } from "@/lib/meetups/check-in";
import { formatTime } from "@/lib/time/format";
import { MeetupHeading } from "../../_attendance/meetup-heading";

/** The member's own ticket: a large QR code for the organiser's scanner. Nobody else's ticket exists here. */
export default async function TicketPage({ params }: { params: Promise<{ id: string }> }) {
  const { userId } = await requireMember();
  const { id } = await params;
  const found = isUuid(id) ? await findTicket(db(), id, userId) : null;
  if (!found) notFound();
  const { rsvp, meetup } = found;
  const t = await getTranslations("attendance");
  const locale = (await getLocale()) as Locale;
  const cancelled = meetup.status === "cancelled";
  const showQr = !cancelled && rsvp.status === "confirmed";
  const url = ticketUrl(await siteOrigin(), meetup.id, rsvp.ticketToken);
  const svg = showQr
    ? await QRCode.toString(url, { type: "svg", margin: 4, errorCorrectionLevel: "M", color: { dark: "#000000", light: "#ffffff" } })
    : "";
  return (
    <SiteFrame>
      <MeetupHeading title={t("ticket.title")} meetup={meetup} />
      <p className="mt-1 text-stone-700">{t("party", { adults: rsvp.adults, children: rsvp.children })}</p>
      {cancelled ? (
        <p className="mt-6 rounded-xl border border-amber-300 bg-amber-50 p-4 font-medium text-amber-950">{t("ticket.cancelled")}</p>
      ) : rsvp.status === "waitlisted" || rsvp.status === "held" ? (
        <p className="mt-6 rounded-xl border border-amber-300 bg-amber-50 p-4 font-medium text-amber-950">
          {t(rsvp.status === "held" ? "ticket.held" : "ticket.waitlisted")}
        </p>
      ) : (
        <section aria-labelledby="ticket-status" className="mt-6 flex flex-col items-center gap-4">
          <p id="ticket-status" className="rounded-full bg-brand-50 px-4 py-1 font-bold text-brand-900">
            {rsvp.checkedInAt ? t("ticket.checkedIn", { time: formatTime(rsvp.checkedInAt, locale) }) : t("ticket.confirmed")}
          </p>
          {/* Once checked in, what comes next is meeting people: that link comes first. */}
          {rsvp.checkedInAt && (
            <Link href={`/meetups/${meetup.id}/people`} className="min-h-12 rounded-xl bg-brand-700 px-5 py-3 font-bold text-white">
              {t("ticket.peopleLink")}
            </Link>
          )}
          {showQr && (
            <div
              role="img"
              aria-label={t("ticket.qrAlt", { title: meetup.title })}
              data-ticket-url={url}
              className="w-full max-w-[22rem] rounded-2xl bg-white p-2 shadow-[0_0_0_1px_#e7e5e4] [&>svg]:block [&>svg]:h-auto [&>svg]:w-full"
              // biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is drawn on the server by the qrcode library from our own URL, never from member input.
              dangerouslySetInnerHTML={{ __html: svg }}
            />
          )}
          <p className="max-w-[22rem] text-center text-stone-800">{t("ticket.show")}</p>
        </section>
      )}
    </SiteFrame>
  );
}
