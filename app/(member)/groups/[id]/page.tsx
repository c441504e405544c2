import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { findGroupFor, listGroupMembers } from "@/db/queries/groups";
import { requireMember } from "@/lib/auth/viewer";
import { isUuid } from "@/lib/ids";
import { ActionButton } from "../../connections/_components/action-button";
import { LinkField } from "../../connections/_components/copy-field";
import { Section } from "../../connections/_components/section";
import { siteOrigin } from "../../connections/_components/site-origin";
import { leaveGroupAction, rotateInviteAction } from "../actions";

export default async function GroupPage({ params }: { params: Promise<{ id: string }> }) {
  const { userId } = await requireMember();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const found = await findGroupFor(db(), id, userId);
  if (!found) notFound();
  const t = await getTranslations("groups");
  const c = await getTranslations("connections");
  const en = (await getLocale()) === "en";
  const { group, role } = found;
  const members = await listGroupMembers(db(), id, userId);
  const link = "font-medium text-brand-800 underline underline-offset-4";
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{group.name}</h1>
      <p className="mt-1 text-stone-600">{t(`kind.${group.kind}`)}</p>
      <Section id="members" title={t("membersTitle", { count: members.length })} className="mt-6">
        <p className="text-sm text-stone-700">{t("membersNote")}</p>
        <ul className="mt-3 divide-y divide-stone-200">
          {members.map((m) => (
            <li key={m.userId} className="flex min-h-12 flex-wrap items-center gap-x-3 py-1">
              {m.userId === userId ? (
                <span className="font-medium">
                  {m.displayName} {t("you")}
                </span>
              ) : (
                <Link href={`/members/${m.userId}`} className={`${link} py-2`}>
                  {m.displayName}
                </Link>
              )}
              <span className="text-sm text-stone-600">{en ? m.districtEn : m.districtJa}</span>
              {m.role === "owner" && (
                <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs font-medium text-stone-800">{t("owner")}</span>
              )}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="invite" title={t("inviteTitle")} className="mt-6">
        <LinkField
          id="invite-link"
          label={t("inviteLabel")}
          hint={t("inviteHint")}
          value={`${await siteOrigin()}/g/${group.inviteToken}`}
        />
        {role === "owner" && (
          <div className="mt-4">
            <ActionButton
              id="rotate-invite"
              action={rotateInviteAction}
              fields={{ groupId: id }}
              label={t("rotateInvite")}
              pendingLabel={t("rotatingInvite")}
              hint={t("rotateInviteHint")}
            />
          </div>
        )}
      </Section>
      <div className="mt-8 flex flex-col gap-6">
        <ActionButton
          id="leave"
          action={leaveGroupAction}
          fields={{ groupId: id }}
          label={t("leave")}
          pendingLabel={t("leaving")}
          hint={t("leaveHint")}
          confirm={{ question: t("leaveConfirm", { name: group.name }), yes: t("leaveYes"), no: c("confirmNo") }}
          variant="danger"
        />
        <Link href="/groups" className={link}>
          {t("back")}
        </Link>
      </div>
    </SiteFrame>
  );
}
