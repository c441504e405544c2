import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { findOrganisedMeetup } from "@/db/queries/meetups";
import { standingRecords } from "@/db/queries/standing";
import { requireMember } from "@/lib/auth/viewer";
import { isUuid } from "@/lib/ids";
import { MAX_OCCURRENCES } from "@/lib/meetups/recurrence";
import { changeable, mayOrganise } from "@/lib/meetups/rules";
import { tokyoClock, tokyoDate } from "@/lib/time/tokyo";
import { organiserFeeOption } from "../../_components/fee-option";
import { MeetupForm } from "../../_components/meetup-form";
import { editMeetupAction } from "../../actions";
import { CancelMeetupForm } from "./cancel-form";

// Only the meetup's own organiser, certified today, before it starts; anyone else: not found.
export default async function EditMeetupPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireMember();
  if (!isUuid(id)) notFound();
  const now = new Date();
  const meetup = await findOrganisedMeetup(db(), id, viewer.userId);
  if (!meetup || !mayOrganise(await standingRecords(db(), viewer.userId), now)) notFound();
  const t = await getTranslations("meetups");
  const values = {
    title: meetup.title,
    description: meetup.description,
    venueName: meetup.venueName,
    venueAddress: meetup.venueAddress,
    mapUrl: meetup.mapUrl ?? "",
    date: tokyoDate(meetup.startsAt),
    startTime: tokyoClock(meetup.startsAt),
    endTime: tokyoClock(meetup.endsAt),
    capacityAdults: String(meetup.capacityAdults),
    capacityChildren: String(meetup.capacityChildren),
    ageMin: String(meetup.ageMin),
    ageMax: String(meetup.ageMax),
    fee: meetup.feeYen > 0 ? ("paid" as const) : ("free" as const),
    feeYen: meetup.feeYen > 0 ? String(meetup.feeYen) : "",
  };
  const inSeries = meetup.seriesId !== null;
  return (
    <SiteFrame>
      <Link href={`/meetups/${meetup.id}`} className="text-brand-800 underline">
        {t("back")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{t("editTitle")}</h1>
      {changeable(meetup, now) ? (
        <>
          <p className="mt-2 text-stone-700">{t("editNotice")}</p>
          <ClientMessages namespaces={["meetups", "common"]}>
            <MeetupForm
              action={editMeetupAction}
              values={values}
              mode={{ kind: "edit", meetupId: meetup.id, inSeries }}
              maxOccurrences={MAX_OCCURRENCES}
              feeOption={await organiserFeeOption(viewer.userId)}
            />
          </ClientMessages>
          <section aria-labelledby="cancel" className="mt-10 rounded-xl border border-red-200 bg-white p-5">
            <h2 id="cancel" className="text-lg font-bold text-red-900">
              {t("cancelTitle")}
            </h2>
            <ClientMessages namespaces={["meetups", "common"]}>
              <CancelMeetupForm meetupId={meetup.id} inSeries={inSeries} />
            </ClientMessages>
          </section>
        </>
      ) : (
        <p className="mt-4 rounded-xl bg-stone-100 p-4">{meetup.status === "cancelled" ? t("cancelledBanner") : t("started")}</p>
      )}
    </SiteFrame>
  );
}
