import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { findGroupByInvite, findGroupFor } from "@/db/queries/groups";
import { requireMember } from "@/lib/auth/viewer";
import { ActionButton } from "../../connections/_components/action-button";
import { joinGroupAction } from "../../groups/actions";

// Joining shows one's name to every member, so it takes a deliberate tap rather than happening on open.
export default async function JoinGroupPage({ params }: { params: Promise<{ token: string }> }) {
  const { userId } = await requireMember();
  const { token } = await params;
  const group = token.length <= 100 ? await findGroupByInvite(db(), token) : null;
  if (!group) notFound();
  if (await findGroupFor(db(), group.id, userId)) redirect(`/groups/${group.id}`);
  const t = await getTranslations("groups");
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("joinTitle", { name: group.name })}</h1>
      <p className="mt-3">{t("joinIntro", { kind: t(`kind.${group.kind}`), count: group.members })}</p>
      <div className="mt-6">
        <ActionButton
          id="join"
          action={joinGroupAction}
          fields={{ token }}
          label={t("join")}
          pendingLabel={t("joining")}
          variant="primary"
        />
      </div>
    </SiteFrame>
  );
}
