import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { findRequestFor, phoneForCheck } from "@/db/queries/connection-requests";
import { loadProfile } from "@/db/queries/profiles";
import { requireMember } from "@/lib/auth/viewer";
import { handshakeBlocker } from "@/lib/connections/digits";
import { otherInRequest, verifiedSides } from "@/lib/connections/pair";
import { pairLock } from "@/lib/connections/workflows/verify-digits";
import type { Locale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/ids";
import { formatDateTime } from "@/lib/time/format";
import { tokyoDate } from "@/lib/time/tokyo";
import { ActionButton } from "../../_components/action-button";
import { cancelRequestAction } from "../../actions";
import { DigitsForm } from "./digits-form";

export default async function ConnectionRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { userId } = await requireMember();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const request = await findRequestFor(db(), id, userId);
  if (!request || request.status === "cancelled") notFound();
  const otherId = otherInRequest(request, userId);
  const now = new Date();
  const other = await loadProfile(db(), userId, otherId, tokyoDate(now));
  if (!other) notFound();
  const t = await getTranslations("connectionRequest");
  const locale = (await getLocale()) as Locale;
  const name = other.profile.displayName;
  const { mine: iVerified, theirs: theyVerified } = verifiedSides(request, userId);
  const lock = request.status === "pending" ? await pairLock(db(), userId, otherId, now) : null;
  const none = { phone: null, phoneVerifiedAt: null };
  const blocker = handshakeBlocker((await phoneForCheck(db(), userId)) ?? none, (await phoneForCheck(db(), otherId)) ?? none);

  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {request.status === "completed" ? (
        <p role="status" className="mt-4 rounded-xl border border-brand-100 bg-brand-50 p-4 font-medium text-brand-900">
          {t("completed", { name })}
        </p>
      ) : (
        <>
          <p className="mt-2 text-stone-700">{t("intro", { name })}</p>
          <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-xl border border-stone-200 bg-white p-4">
            <dt className="text-sm text-stone-700">{t("youLabel")}</dt>
            <dd className="font-medium">{t(iVerified ? "done" : "notYet")}</dd>
            <dt className="text-sm text-stone-700">{t("themLabel", { name })}</dt>
            <dd className="font-medium">{t(theyVerified ? "done" : "notYet")}</dd>
          </dl>
          {lock?.locked ? (
            <div role="alert" className="mt-6 rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950 sm:p-5">
              <h2 className="text-lg font-bold">{t("lockedTitle")}</h2>
              <p className="mt-1">{t("locked", { name, until: formatDateTime(lock.until, locale) })}</p>
            </div>
          ) : (
            <div className="mt-6 rounded-xl border border-stone-200 bg-white p-4 sm:p-5">
              {iVerified ? (
                <p role="status" className="font-medium">
                  {t("waiting", { name })}
                </p>
              ) : blocker === "verify_your_phone" ? (
                <p role="status" className="font-medium">
                  {t("verifyYourPhone")}{" "}
                  <Link href="/profile/phone" className="text-brand-800 underline underline-offset-4">
                    {t("verifyYourPhoneLink")}
                  </Link>
                </p>
              ) : blocker === "their_phone_unverified" ? (
                <p role="status" className="font-medium">
                  {t("theirPhoneUnverified", { name })}
                </p>
              ) : (
                <>
                  <ClientMessages namespaces={["connectionRequest", "common"]}>
                    <DigitsForm requestId={request.id} name={name} />
                  </ClientMessages>
                  <p className="mt-4 text-sm text-stone-700">{t("rule")}</p>
                </>
              )}
            </div>
          )}
          <div className="mt-6">
            <ActionButton
              id="cancel-request"
              action={cancelRequestAction}
              fields={{ requestId: request.id }}
              label={t("cancel")}
              pendingLabel={t("cancelling")}
            />
          </div>
        </>
      )}
      <p className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
        {request.status === "completed" && (
          <Link href={`/members/${otherId}`} className="font-medium text-brand-800 underline underline-offset-4">
            {name}
          </Link>
        )}
        <Link href="/connections" className="font-medium text-brand-800 underline underline-offset-4">
          {t("back")}
        </Link>
      </p>
    </SiteFrame>
  );
}
