import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { ActionButton } from "@/app/(member)/connections/_components/action-button";
import { db } from "@/db";
import { connectedAmong, findAttendedMeetup, listCheckedInOthers, listMetRequests } from "@/db/queries/meetup-attendance";
import { requireMember } from "@/lib/auth/viewer";
import { isUuid } from "@/lib/ids";
import { metFacts, metState, requestsBetween } from "@/lib/meetups/met";
import { MeetupHeading } from "../../_attendance/meetup-heading";
import { answerMetRequestAction, askToConnectAction } from "../../people-actions";

/** "People I met": the others who checked in at the same meetup, names only, for attendees who checked in. */
export default async function PeopleIMetPage({ params }: { params: Promise<{ id: string }> }) {
  const { userId } = await requireMember();
  const { id } = await params;
  const meetup = isUuid(id) ? await findAttendedMeetup(db(), id, userId) : null;
  if (!meetup) notFound();
  const t = await getTranslations("attendance.people");
  const others = await listCheckedInOthers(db(), meetup.id, userId);
  const [requests, connected] = await Promise.all([
    listMetRequests(db(), meetup.id, userId),
    connectedAmong(
      db(),
      userId,
      others.map((o) => o.userId),
    ),
  ]);
  return (
    <SiteFrame>
      <MeetupHeading title={t("title")} meetup={meetup} />
      <p className="mt-4 text-stone-700">{t("intro", { title: meetup.title })}</p>
      {others.length === 0 ? (
        <p className="mt-6 rounded-xl border border-dashed border-stone-300 p-5 text-stone-700">{t("empty")}</p>
      ) : (
        <ul aria-label={t("title")} className="mt-6 flex flex-col gap-3">
          {others.map((o) => {
            const between = requestsBetween(requests, userId, o.userId);
            const { theirs } = between;
            const state = metState(metFacts(connected.has(o.userId), between));
            return (
              <li key={o.userId} className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4">
                <p className="text-lg font-medium">{o.displayName}</p>
                {state === "connected" && <p className="font-medium text-brand-800">{t("connected")}</p>}
                {state === "asked" && <p className="font-medium text-stone-700">{t("asked")}</p>}
                {state === "may_ask" && (
                  <ActionButton
                    id={`ask-${o.userId}`}
                    action={askToConnectAction}
                    fields={{ meetupId: meetup.id, userId: o.userId }}
                    label={t("ask")}
                    name={t("askName", { name: o.displayName })}
                    pendingLabel={t("asking")}
                    variant="primary"
                  />
                )}
                {state === "asked_me" && theirs && (
                  <div className="flex flex-col gap-2">
                    <p className="font-medium">{t("askedMe", { name: o.displayName })}</p>
                    <div className="flex flex-wrap gap-3">
                      <ActionButton
                        id={`accept-${theirs.id}`}
                        action={answerMetRequestAction}
                        fields={{ requestId: theirs.id, answer: "accept" }}
                        label={t("accept")}
                        name={t("acceptName", { name: o.displayName })}
                        pendingLabel={t("answering")}
                        variant="primary"
                      />
                      <ActionButton
                        id={`decline-${theirs.id}`}
                        action={answerMetRequestAction}
                        fields={{ requestId: theirs.id, answer: "decline" }}
                        label={t("decline")}
                        name={t("declineName", { name: o.displayName })}
                        pendingLabel={t("answering")}
                      />
                    </div>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p className="mt-6">
        <Link href="/connections" className="font-medium text-brand-800 underline underline-offset-4">
          {t("connectionsLink")}
        </Link>
      </p>
    </SiteFrame>
  );
}
