"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { LinkField } from "@/app/(member)/connections/_components/copy-field";
import { rotateCalendarFeedAction } from "./actions";

/** Makes a new secret URL and shows it this once (only its hash is kept). */
export function RotateFeed({ origin, exists }: { origin: string; exists: boolean }) {
  const t = useTranslations("calendar");
  const [state, run] = useActionState(rotateCalendarFeedAction, null);
  return (
    <form action={run} className="mt-6 flex flex-col gap-4">
      {state && !state.ok && <FormAlert message={state.error} />}
      {state?.ok && (
        <LinkField id="feed-url" label={t("urlLabel")} hint={t("yourUrl")} value={`${origin}/api/calendar/${state.data.token}.ics`} />
      )}
      <SubmitButton label={exists || state?.ok ? t("rotate") : t("create")} pendingLabel={t("working")} />
    </form>
  );
}
