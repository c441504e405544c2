import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { inputClass } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SiteFrame } from "@/app/_components/site-frame";
import { ActionButton } from "@/app/(member)/connections/_components/action-button";
import { Section } from "@/app/(member)/connections/_components/section";
import { MeetupHeading } from "@/app/(member)/meetups/_attendance/meetup-heading";
import { db } from "@/db";
import { listAttendees, searchWalkIns } from "@/db/queries/meetup-attendance";
import { findOrganisedMeetup } from "@/db/queries/meetups";
import { findMunicipality } from "@/db/queries/municipalities";
import { requireMember } from "@/lib/auth/viewer";
import { searchSchema } from "@/lib/connections/schemas";
import { fieldErrorsOf } from "@/lib/forms";
import type { Locale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/ids";
import { WALK_IN_PARTY_MAX } from "@/lib/meetups/attendance-schemas";
import { deskRefusal, ticketTokenFrom } from "@/lib/meetups/check-in";
import { formatTime } from "@/lib/time/format";
import { addWalkInAction, checkInRsvpAction, checkInTicketAction } from "../../../check-in-actions";
import { Scanner } from "./scanner";
import { WalkInForm } from "./walk-in-form";

type Search = { q?: string | string[]; ticket?: string | string[] };

/**
 * The organiser's desk at the venue, made for one hand on a phone: the camera first, then the
 * list to tick, then walk-ins. Only the meetup's organiser finds this page.
 */
export default async function CheckInPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const { userId } = await requireMember();
  const { id } = await params;
  const meetup = isUuid(id) ? await findOrganisedMeetup(db(), id, userId) : null;
  if (!meetup) notFound();
  const t = await getTranslations("attendance.checkIn");
  const errors = await getTranslations("errors");
  const locale = (await getLocale()) as Locale;
  const query = await searchParams;
  const q = [query.q].flat()[0] ?? "";
  const linkedTicket = ticketTokenFrom([query.ticket].flat()[0] ?? "");
  const attendees = await listAttendees(db(), meetup.id);
  const confirmed = attendees.filter((a) => a.status === "confirmed");
  const waitlisted = attendees.filter((a) => a.status === "waitlisted");
  const desk = deskRefusal(meetup, new Date());
  const search = q.trim() ? searchSchema.safeParse({ q }) : null;
  const searchError = search?.success === false ? fieldErrorsOf(search.error, errors, (k) => errors.has(k)).q : undefined;
  const found = search?.success ? await searchWalkIns(db(), userId, meetup.municipalityId, search.data.q) : null;
  const municipality = await findMunicipality(db(), meetup.municipalityId);
  const town = (locale === "en" ? municipality?.nameEn : municipality?.nameJa) ?? "";
  const party = await getTranslations("attendance");

  return (
    <SiteFrame>
      <MeetupHeading title={t("title")} meetup={meetup} />
      <p className="mt-3 text-lg font-bold" data-testid="check-in-counts">
        {t("counts", { checkedIn: confirmed.filter((a) => a.checkedInAt).length, confirmed: confirmed.length })}
      </p>
      {desk && (
        <div className="mt-4">
          <FormAlert message={desk === "meetup_cancelled" ? t("cancelled") : t("deskNotOpen")} />
        </div>
      )}
      <div className="mt-6 flex flex-col gap-6">
        {!desk && linkedTicket && (
          <Section id="linked-ticket" title={t("linkedTicket")}>
            <p className="mb-3 text-stone-700">{t("linkedTicketHint")}</p>
            <ActionButton
              id="check-in-linked"
              action={checkInTicketAction}
              fields={{ meetupId: meetup.id, ticket: linkedTicket }}
              label={t("checkInTicket")}
              pendingLabel={t("checkingIn")}
              variant="primary"
              done={t("checkInTicket")}
            />
          </Section>
        )}
        {!desk && (
          <Section id="scan" title={t("scanTitle")}>
            <p className="mb-3 text-stone-700">{t("scanHint")}</p>
            <Scanner
              meetupId={meetup.id}
              action={checkInTicketAction}
              labels={{
                start: t("start"),
                stop: t("stop"),
                starting: t("starting"),
                scanning: t("scanning"),
                noCamera: t("noCamera"),
                camera: t("cameraLabel"),
                log: t("log"),
                done: t("checkedInName", { name: "{name}" }),
              }}
            />
          </Section>
        )}
        <Section id="attendees" title={t("listTitle")}>
          {confirmed.length === 0 ? (
            <p className="text-stone-700">{t("listEmpty")}</p>
          ) : (
            <ul className="flex flex-col divide-y divide-stone-200">
              {confirmed.map((a) => (
                <li key={a.rsvpId} className="flex items-center justify-between gap-3 py-3 first:pt-0 last:pb-0">
                  <div className="min-w-0">
                    <p className="font-medium">
                      {a.displayName}
                      {a.walkIn && <span className="ml-2 rounded-full bg-stone-100 px-2 text-sm text-stone-700">{t("walkIn")}</span>}
                    </p>
                    <p className="text-sm text-stone-600">{party("party", { adults: a.adults, children: a.children })}</p>
                  </div>
                  {a.checkedInAt ? (
                    <p className="shrink-0 font-medium text-brand-800">✓ {t("checkedInAt", { time: formatTime(a.checkedInAt, locale) })}</p>
                  ) : desk ? null : (
                    <div className="shrink-0">
                      <ActionButton
                        id={`tick-${a.rsvpId}`}
                        action={checkInRsvpAction}
                        fields={{ meetupId: meetup.id, rsvpId: a.rsvpId }}
                        label={t("checkInButton")}
                        name={t("checkInName", { name: a.displayName })}
                        pendingLabel={t("checkingIn")}
                        variant="primary"
                      />
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
          {waitlisted.length > 0 && (
            <>
              <h3 className="mt-5 font-bold">{t("waitlistTitle")}</h3>
              <ol className="mt-2 flex list-decimal flex-col gap-1 pl-6">
                {waitlisted.map((a) => (
                  <li key={a.rsvpId}>
                    {a.displayName}{" "}
                    <span className="text-sm text-stone-600">{party("party", { adults: a.adults, children: a.children })}</span>
                  </li>
                ))}
              </ol>
            </>
          )}
        </Section>
        {!desk && (
          <Section id="walk-in" title={t("walkInTitle")}>
            <p className="text-stone-700">{t("walkInHint", { town })}</p>
            <form method="get" className="mt-3 flex flex-col gap-2" role="search">
              <label htmlFor="walk-in-q" className="font-medium">
                {t("search")}
              </label>
              <div className="flex gap-2">
                <input
                  id="walk-in-q"
                  name="q"
                  defaultValue={q}
                  aria-invalid={searchError ? true : undefined}
                  aria-describedby={searchError ? "walk-in-q-error" : undefined}
                  className={inputClass}
                />
                <button type="submit" className="min-h-12 shrink-0 rounded-xl border border-stone-400 bg-white px-4 font-medium">
                  {t("searchButton")}
                </button>
              </div>
              {searchError && (
                <p id="walk-in-q-error" className="text-sm font-medium text-red-800">
                  {searchError}
                </p>
              )}
            </form>
            {found && found.length === 0 && <p className="mt-3 text-stone-700">{t("searchEmpty")}</p>}
            {found && found.length > 0 && (
              <ul className="mt-4 flex flex-col divide-y divide-stone-200">
                {found.map((m) => (
                  <li key={m.userId} className="flex flex-col gap-2 py-3">
                    <p className="font-medium">{m.displayName}</p>
                    <WalkInForm
                      action={addWalkInAction}
                      meetupId={meetup.id}
                      memberId={m.userId}
                      name={t("addName", { name: m.displayName })}
                      max={WALK_IN_PARTY_MAX}
                      labels={{
                        adults: t("adults"),
                        children: t("children"),
                        add: t("add"),
                        adding: t("adding"),
                        added: t("added", { name: m.displayName }),
                      }}
                    />
                  </li>
                ))}
              </ul>
            )}
          </Section>
        )}
      </div>
    </SiteFrame>
  );
}
