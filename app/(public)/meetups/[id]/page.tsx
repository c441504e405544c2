import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import { FactsList } from "@/app/_components/facts-list";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { ActionButton } from "@/app/(member)/connections/_components/action-button";
import { db } from "@/db";
import { meetupPaymentOfRsvp } from "@/db/queries/meetup-payments";
import { findPublicMeetup, liveRsvps, myRsvp } from "@/db/queries/meetups";
import { standingRecords } from "@/db/queries/standing";
import { getViewer } from "@/lib/auth/viewer";
import { cardPaymentsEnabled } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/ids";
import { selfCancelRefund, withoutLapsedHolds } from "@/lib/meetups/paid";
import { mayOrganise } from "@/lib/meetups/rules";
import { meetupView } from "@/lib/meetups/view";
import { formatDate, formatTime } from "@/lib/time/format";
import { FeeText } from "../_components/fee-text";
import { primaryLinkClass, secondaryLinkClass } from "../_components/styles";
import { cancelRsvpAction } from "../actions";
import { cancelLabel, FeePaid, HeldSeat, PaidPolicy } from "./paid-seat";
import { RsvpForm } from "./rsvp-form";

export default async function MeetupPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ paid?: string }>;
}) {
  const { id } = await params;
  const { paid: returned } = await searchParams;
  if (!isUuid(id)) notFound();
  const meetup = await findPublicMeetup(db(), id);
  if (!meetup) notFound();
  const t = await getTranslations("meetups");
  const locale = (await getLocale()) as Locale;
  const signedIn = await getViewer();
  const member = signedIn?.member?.status === "active" ? signedIn.member : null;
  const now = new Date();
  const mine = member ? await myRsvp(db(), id, member.userId) : null;
  const viewer = member
    ? { userId: member.userId, mayOrganise: mayOrganise(await standingRecords(db(), member.userId), now), rsvpId: mine?.id ?? null }
    : null;
  const v = meetupView(meetup, withoutLapsedHolds(await liveRsvps(db(), id), now), viewer, now);
  const payment = mine ? await meetupPaymentOfRsvp(db(), mine.id) : null;
  const fee = meetup.feeYen > 0;
  const cardsOn = cardPaymentsEnabled();
  const town = locale === "en" ? meetup.municipalityEn : meetup.municipalityJa;

  return (
    <SiteFrame>
      <p className="text-sm font-medium text-brand-800">{t("title")}</p>
      <h1 className="text-2xl font-bold">{meetup.title}</h1>
      {v.phase === "cancelled" && (
        <div role="status" className="mt-4 rounded-xl border border-red-300 bg-red-50 p-4 text-red-900">
          <p className="font-bold">{t("cancelledBanner")}</p>
          {meetup.cancelReason && <p className="mt-1 whitespace-pre-line">{t("cancelReason", { reason: meetup.cancelReason })}</p>}
        </div>
      )}
      {v.phase === "started" && <p className="mt-4 rounded-xl bg-stone-100 p-4">{t("started")}</p>}
      {v.phase === "ended" && <p className="mt-4 rounded-xl bg-stone-100 p-4">{t("ended")}</p>}
      <FactsList
        rows={[
          [t("when"), `${formatDate(meetup.startsAt, locale)} ${formatTime(meetup.startsAt, locale)}–${formatTime(meetup.endsAt, locale)}`],
          [
            t("where"),
            <span key="where" className="flex flex-col">
              <span>{meetup.venueName}</span>
              <span className="text-stone-700">{meetup.venueAddress}</span>
              {meetup.mapUrl && (
                <a href={meetup.mapUrl} rel="noopener noreferrer nofollow" target="_blank" className="text-brand-800 underline">
                  {t("mapLink")}
                </a>
              )}
            </span>,
          ],
          [t("town"), town],
          [t("organiser"), meetup.organiserName],
          [t("ages"), t("ageBand", { min: meetup.ageMin, max: meetup.ageMax })],
          [t("fee"), <FeeText key="fee" feeYen={meetup.feeYen} />],
          [
            t("capacity"),
            <span key="cap" className="flex flex-col">
              <span>{t("capacityValue", { adults: meetup.capacityAdults, children: meetup.capacityChildren })}</span>
              {v.phase === "open" && <span className="text-stone-700">{v.full ? t("full") : t("seatsLeft", v.seatsLeft)}</span>}
              {v.waitlistCount > 0 && <span className="text-stone-700">{t("waitlistCount", { count: v.waitlistCount })}</span>}
            </span>,
          ],
        ]}
      />
      {meetup.seriesId && <p className="mt-2 text-sm text-stone-700">{t("series")}</p>}
      {fee && <PaidPolicy />}
      {meetup.description && (
        <section aria-labelledby="about" className="mt-6">
          <h2 id="about" className="text-lg font-bold">
            {t("description")}
          </h2>
          <p className="mt-2 whitespace-pre-line">{meetup.description}</p>
        </section>
      )}
      <p className="mt-4">
        <a href={`/api/meetups/${meetup.id}/ics`} className="text-brand-800 underline">
          {t("ics")}
        </a>
      </p>

      {v.phase === "open" && !signedIn && (
        <p className="mt-6">
          <Link href={`/signin?next=${encodeURIComponent(`/meetups/${meetup.id}`)}`} className={primaryLinkClass}>
            {t("signInToJoin")}
          </Link>
        </p>
      )}
      {mine && v.phase !== "cancelled" && (
        <section aria-labelledby="mine" className="mt-6 rounded-xl border border-brand-100 bg-brand-50 p-5">
          <h2 id="mine" className="font-bold text-brand-900">
            {mine.status !== "waitlisted"
              ? t("yourSeat", { adults: mine.adults, children: mine.children })
              : t("yourWaitlist", { position: v.waitlistPosition ?? 0, adults: mine.adults, children: mine.children })}
          </h2>
          {returned === "1" && payment?.status === "pending" && <p className="mt-2">{t("paid.returned")}</p>}
          {mine.status === "held" && <HeldSeat meetupId={meetup.id} rsvp={mine} now={now} locale={locale} />}
          {payment && payment.status !== "pending" && <FeePaid meetupId={meetup.id} payment={payment} />}
          {mine.status === "confirmed" && (
            <p className="mt-3">
              <Link href={`/meetups/${meetup.id}/ticket`} className={primaryLinkClass}>
                {t("showTicket")}
              </Link>
            </p>
          )}
          {v.canCancelRsvp && (
            <div className="mt-3">
              <ActionButton
                id="cancel-rsvp"
                action={cancelRsvpAction}
                fields={{ meetupId: meetup.id }}
                label={cancelLabel(t, mine.status, payment?.status === "paid" ? selfCancelRefund(meetup.startsAt, now) : null)}
                pendingLabel={t("cancelling")}
                variant="danger"
              />
            </div>
          )}
        </section>
      )}
      {v.canRsvp && fee && !cardsOn && <p className="mt-6 rounded-xl bg-stone-100 p-4">{t("paid.cardOff")}</p>}
      {v.canRsvp && (!fee || cardsOn) && (
        <section aria-labelledby="rsvp" className="mt-6 rounded-xl border border-stone-200 bg-white p-5">
          <h2 id="rsvp" className="text-lg font-bold">
            {t("rsvpTitle")}
          </h2>
          <p className="mt-1 text-stone-700">{t("rsvpIntro")}</p>
          <ClientMessages namespaces={["meetups"]}>
            <RsvpForm
              meetupId={meetup.id}
              maxAdults={meetup.capacityAdults}
              maxChildren={meetup.capacityChildren}
              submitLabel={fee && !v.full ? t("paid.rsvpSubmit") : t("rsvpSubmit")}
            />
          </ClientMessages>
        </section>
      )}
      {/* The desk is needed most once the meetup has started, when it can no longer be changed. */}
      {v.isOrganiser && v.phase !== "cancelled" && (
        <section aria-labelledby="organiser" className="mt-6 rounded-xl border border-stone-200 bg-white p-5">
          <h2 id="organiser" className="text-lg font-bold">
            {t("organiserTools")}
          </h2>
          <div className="mt-3 flex flex-wrap gap-3">
            {v.canChange && (
              <Link href={`/meetups/${meetup.id}/edit`} className={secondaryLinkClass}>
                {t("edit")}
              </Link>
            )}
            {/* A full page load, not a client-side one: the desk's camera permission comes with its own document's headers. */}
            <a href={`/meetups/${meetup.id}/check-in`} className={secondaryLinkClass}>
              {t("checkInDesk")}
            </a>
          </div>
        </section>
      )}
    </SiteFrame>
  );
}
