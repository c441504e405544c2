"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { ScopeChoice } from "../../_components/scope-choice";
import { cancelMeetupAction } from "../../actions";

/** Cancelling needs a reason: everyone signed up is told it. */
export function CancelMeetupForm({ meetupId, inSeries }: { meetupId: string; inSeries: boolean }) {
  const t = useTranslations("meetups");
  const f = useTranslations("meetups.fields");
  const common = useTranslations("common");
  const [state, run] = useActionState(cancelMeetupAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const [reason, setReason] = useState("");
  const [scope, setScope] = useState("one");
  return (
    <form action={run} className="mt-4 flex flex-col gap-4" noValidate>
      <input type="hidden" name="meetupId" value={meetupId} />
      {state && !state.ok && <FormAlert message={state.error} />}
      <ScopeChoice inSeries={inSeries} value={scope} onChange={setScope} />
      <Field id="reason" label={f("reason")} hint={f("reasonHint")} error={errors.reason} required requiredLabel={common("required")}>
        {(p) => (
          <textarea
            {...p}
            name="reason"
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            className={`${inputClass} py-3`}
          />
        )}
      </Field>
      <SubmitButton label={t("cancelSubmit")} pendingLabel={t("cancelling")} tone="danger" />
    </form>
  );
}
