"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { markIncidentHandledAction } from "../actions";

export function HandledButton({ incidentId }: { incidentId: string }) {
  const t = useTranslations("adminIncidents");
  const [state, action] = useActionState(markIncidentHandledAction, null);
  return (
    <form action={action} className="flex flex-col gap-3">
      {state && !state.ok && <FormAlert message={state.error} />}
      <input type="hidden" name="incidentId" value={incidentId} />
      <SubmitButton label={t("markHandled")} pendingLabel={t("marking")} />
    </form>
  );
}
