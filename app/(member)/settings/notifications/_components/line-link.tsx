"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/app/_components/submit-button";
import { linkLineAction } from "../actions";

export type LineLinkState = "not_linked" | "not_following" | "following";

/** LINE: link the account (LINE Login), then add the official account; notices go only to members who did both. */
export function LineLink({ state, addFriendUrl }: { state: LineLinkState; addFriendUrl: string | null }) {
  const t = useTranslations("channels.lineLink");
  return (
    <section aria-labelledby="line-title" className="mt-6 flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4 sm:p-5">
      <h2 id="line-title" className="text-lg font-bold">
        {t("title")}
      </h2>
      <p>{t("intro")}</p>
      {state === "not_linked" && (
        <form action={linkLineAction} className="flex flex-col gap-3">
          <p className="font-bold">{t("notLinked")}</p>
          <div>
            <SubmitButton label={t("link")} pendingLabel={t("linking")} />
          </div>
        </form>
      )}
      {state === "not_following" && (
        <>
          <p className="font-bold">{t("notFollowing")}</p>
          {addFriendUrl && (
            <a
              href={addFriendUrl}
              rel="noopener noreferrer"
              className="inline-flex min-h-12 items-center self-start rounded-xl bg-brand-700 px-6 font-bold text-white hover:bg-brand-800"
            >
              {t("addFriend")}
            </a>
          )}
        </>
      )}
      {state === "following" && <p className="font-bold text-brand-900">{t("following")}</p>}
    </section>
  );
}
