import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { standingRecords } from "@/db/queries/standing";
import { requireMember } from "@/lib/auth/viewer";
import { MAX_OCCURRENCES } from "@/lib/meetups/recurrence";
import { mayOrganise } from "@/lib/meetups/rules";
import { organiserFeeOption } from "../_components/fee-option";
import { MeetupForm } from "../_components/meetup-form";
import { createMeetupAction } from "../actions";

const EMPTY = {
  title: "",
  description: "",
  venueName: "",
  venueAddress: "",
  mapUrl: "",
  date: "",
  startTime: "10:00",
  endTime: "11:30",
  capacityAdults: "10",
  capacityChildren: "10",
  ageMin: "0",
  ageMax: "6",
  fee: "free" as const,
  feeYen: "",
};

// Only a member certified today may hold a meetup; for anyone else this page does not exist.
export default async function NewMeetupPage() {
  const viewer = await requireMember();
  if (!mayOrganise(await standingRecords(db(), viewer.userId), new Date())) notFound();
  const t = await getTranslations("meetups");
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <p className="mt-2 text-stone-700">{t("newIntro")}</p>
      <ClientMessages namespaces={["meetups", "common"]}>
        <MeetupForm
          action={createMeetupAction}
          values={EMPTY}
          mode={{ kind: "new" }}
          maxOccurrences={MAX_OCCURRENCES}
          feeOption={await organiserFeeOption(viewer.userId)}
        />
      </ClientMessages>
    </SiteFrame>
  );
}
