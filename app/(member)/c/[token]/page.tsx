import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { findConnection, ownerOfToken } from "@/db/queries/connections";
import { findUserWithMember } from "@/db/queries/members";
import { relationBetween } from "@/db/queries/profiles";
import { requireMember } from "@/lib/auth/viewer";
import { haveMet } from "@/lib/connections/met";
import { isPresent, linkView } from "@/lib/connections/presence";
import { presenceKey } from "@/lib/connections/presence-key";
import { linkSchema } from "@/lib/connections/schemas";
import { ActionButton } from "../../connections/_components/action-button";
import { connectInPersonAction, requestByLinkAction } from "../../connections/actions";

type Search = { p?: string | string[]; done?: string | string[] };

// Opening a member's personal link writes nothing: it says who it belongs to and offers one tap.
// With the live code from their screen the tap connects the two in person (checked again then);
// a stale code, a screenshot or a link sent at a distance can only start the digits handshake.
// An unknown, rotated or blocked link is a plain "not found".
export default async function PersonalLinkPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<Search>;
}) {
  const { userId } = await requireMember();
  const { token } = await params;
  if (!linkSchema.safeParse({ token }).success) notFound();
  const search = await searchParams;
  const code = [search.p].flat()[0];
  const done = [search.done].flat()[0];
  const ownerId = await ownerOfToken(db(), token);
  if (!ownerId) notFound();
  const relation = await relationBetween(db(), userId, ownerId);
  const connection = relation?.connected ? await findConnection(db(), userId, ownerId) : null;
  const live = code === undefined ? "none" : isPresent(presenceKey(), token, code, new Date()) ? "live" : "stale";
  const view = linkView(relation, live, connection ? haveMet(connection) : false);
  if (view === "not_found") notFound();
  const t = await getTranslations("personalLink");
  const link = "font-medium text-brand-800 underline underline-offset-4";
  const toList = (
    <Link href="/connections" className={link}>
      {t("toList")}
    </Link>
  );
  if (view === "own") {
    return (
      <SiteFrame>
        <h1 className="text-2xl font-bold">{t("ownTitle")}</h1>
        <p className="mt-3">{t("own")}</p>
        <p className="mt-6">{toList}</p>
      </SiteFrame>
    );
  }
  const owner = await findUserWithMember(db(), ownerId);
  const name = owner?.member?.displayName ?? "";

  if (view === "connected") {
    const message = done === "connected" ? "connected" : done === "met" ? "met" : "already";
    return (
      <SiteFrame>
        <h1 className="text-2xl font-bold">{t(message === "connected" ? "connectedTitle" : "alreadyTitle")}</h1>
        <p role="status" className="mt-4 rounded-xl border border-brand-100 bg-brand-50 p-4 font-medium text-brand-900">
          {t(message, { name })}
        </p>
        <p className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
          <Link href={`/members/${ownerId}`} className={link}>
            {t("toProfile", { name })}
          </Link>
          {toList}
        </p>
      </SiteFrame>
    );
  }

  if (view === "connect" || view === "meet") {
    return (
      <SiteFrame>
        <h1 className="text-2xl font-bold">{t(view === "connect" ? "confirmTitle" : "meetTitle", { name })}</h1>
        <p className="mt-3">{t(view === "connect" ? "confirm" : "meet", { name })}</p>
        <div className="mt-6">
          <ActionButton
            id="connect-in-person"
            action={connectInPersonAction}
            fields={{ token, p: code }}
            label={t(view === "connect" ? "connect" : "recordMet")}
            pendingLabel={t("connecting")}
            hint={t("togetherOnly")}
            variant="primary"
          />
        </div>
        <p className="mt-6">{toList}</p>
      </SiteFrame>
    );
  }

  // "expired" or "distance": no proof of being together now.
  const errors = await getTranslations("errors");
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t(view === "expired" ? "expiredTitle" : "distanceTitle", { name })}</h1>
      {view === "expired" && (
        <p role="alert" className="mt-4 rounded-xl border border-amber-300 bg-amber-50 p-4 font-medium text-amber-950">
          {errors("connections.presence_expired")}
        </p>
      )}
      <p className="mt-4">{t("distance", { name })}</p>
      <div className="mt-6">
        <ActionButton
          id="request-by-link"
          action={requestByLinkAction}
          fields={{ token }}
          label={t("request")}
          pendingLabel={t("requesting")}
          hint={t("requestHint", { name })}
        />
      </div>
      <p className="mt-6">{toList}</p>
    </SiteFrame>
  );
}
