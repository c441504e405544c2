import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { findPendingBetween } from "@/db/queries/connection-requests";
import { findConnection } from "@/db/queries/connections";
import { mayRequest } from "@/lib/connections/visibility";
import { ActionButton } from "../../connections/_components/action-button";
import { Section } from "../../connections/_components/section";
import { blockMemberAction, sendRequestAction } from "../../connections/actions";
import { ReportLink } from "../../report/report-link";
import { ConnectionPanel } from "./connection-panel";
import { ProfileFacts } from "./profile-facts";
import { visibleProfileOf } from "./visible-profile";

// A connection sees the full profile; a neighbour or group mate the name and town; anyone else,
// including a member blocked either way, a page that does not exist.
export default async function MemberProfilePage({ params }: { params: Promise<{ id: string }> }) {
  const { viewerId: userId, id, shown } = await visibleProfileOf(params, "/profile");
  const t = await getTranslations("memberProfile");
  const c = await getTranslations("connections");
  const en = (await getLocale()) === "en";
  const { profile, relation } = shown;
  const [connection, pending] = await Promise.all([findConnection(db(), userId, id), findPendingBetween(db(), userId, id)]);

  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{profile.displayName}</h1>
      {shown.view === "full" ? (
        <>
          <p className="mt-1 text-stone-600">{shown.profile.nameKana}</p>
          <ProfileFacts profile={shown.profile} />
        </>
      ) : (
        <>
          <p className="mt-1 text-stone-700">{en ? profile.municipality.en : profile.municipality.ja}</p>
          <p className="mt-4 text-stone-700">{t("limitedNote")}</p>
        </>
      )}
      {connection && <ConnectionPanel connection={connection} viewerId={userId} otherId={id} name={profile.displayName} />}
      {!connection && (pending || mayRequest(relation)) && (
        <Section id="request" title={t("requestTitle")} className="mt-6">
          <p className="mb-3 text-stone-700">{t("requestIntro", { name: profile.displayName })}</p>
          {pending ? (
            <Link
              href={`/connections/requests/${pending.id}`}
              className="inline-flex min-h-11 items-center rounded-xl bg-brand-700 px-5 font-bold text-white hover:bg-brand-800"
            >
              {t("pendingRequest")}
            </Link>
          ) : (
            <ActionButton
              id="send-request"
              action={sendRequestAction}
              fields={{ userId: id }}
              label={c("request")}
              pendingLabel={c("requesting")}
              variant="primary"
            />
          )}
        </Section>
      )}
      <div className="mt-10 border-t border-stone-200 pt-6">
        <ActionButton
          id="block"
          action={blockMemberAction}
          fields={{ userId: id }}
          label={t("block")}
          pendingLabel={t("blocking")}
          hint={t("blockHint")}
          confirm={{ question: t("blockConfirm", { name: profile.displayName }), yes: t("blockYes"), no: c("confirmNo") }}
          variant="danger"
        />
        <p className="mt-4">
          <ReportLink target="member" id={id} />
        </p>
      </div>
    </SiteFrame>
  );
}
